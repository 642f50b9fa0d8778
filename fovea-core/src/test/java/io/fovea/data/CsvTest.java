package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTest {

  static CsvTable load(String text, String target) throws Exception {
    return Csv.load(new StringReader(text), "houses.csv", target);
  }

  @Test
  void splitsFeaturesAndNamedTarget() throws Exception {
    CsvTable t = load("\uFEFFsize, price ,rooms\n50,100.5,2\n\n80,\"1.6e2\",3\r\n", "price");
    assertThat(t.featureNames()).containsExactly("size", "rooms");
    assertThat(t.targetName()).isEqualTo("price");
    assertThat(t.features().shape().dims()).containsExactly(2, 2);
    assertThat(t.features().toArray()).containsExactly(50, 2, 80, 3);
    assertThat(t.rows()).isEqualTo(2);
    assertThat(t.target().toArray()).containsExactly(100.5f, 160f);
  }

  @Test
  void handlesQuotedFieldsWithCommasAndDoubledQuotes() {
    assertThat(Csv.split("\"a,b\",\"say \"\"hi\"\"\",3")).containsExactly("a,b", "say \"hi\"", "3");
  }

  @Test
  void namesRowAndColumnOfNonNumericCell() {
    assertThatThrownBy(() -> load("a,b,y\n1,2,3\n4,abc,6\n", "y"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "houses.csv entry 'b': row 2 (line 3), column 2 'b': expected a number, "
                + "got \"abc\"");
  }

  @Test
  void namesMissingTargetAndRaggedRow() {
    assertThatThrownBy(() -> load("a,b\n1,2\n", "y"))
        .hasMessage("houses.csv: expected a column named 'y', got columns [a, b]");
    assertThatThrownBy(() -> load("a,b\n1,2,3\n", "b"))
        .hasMessage("houses.csv: row 1 (line 2): expected 2 fields as in the header, got 3");
  }
}
