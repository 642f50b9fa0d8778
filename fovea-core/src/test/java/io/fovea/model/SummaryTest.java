package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.nn.Dense;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void printsTheKeras3TableAndReturnsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Sequential m =
        new Sequential().seed(1).output(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    m.add(new Dense(8, "relu").inputShape(4));
    m.add(new Dense(3, "softmax"));
    m.layer(1).setTrainable(false);
    String text = m.summary();
    String nl = System.lineSeparator();
    assertThat(text)
        .isEqualTo(
            String.join(
                nl,
                "Model: \"sequential\"",
                "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓",
                "┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃",
                "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩",
                "│ dense (Dense)                   │ (None, 8)              │            40 │",
                "├─────────────────────────────────┼────────────────────────┼───────────────┤",
                "│ dense_1 (Dense)                 │ (None, 3)              │            27 │",
                "└─────────────────────────────────┴────────────────────────┴───────────────┘",
                " Total params: 67 (268.00 B)",
                " Trainable params: 40 (160.00 B)",
                " Non-trainable params: 27 (108.00 B)",
                ""));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void countsTheCourseMlpAsKerasDoesWithThousandsSeparators() {
    Sequential m =
        new Sequential()
            .output(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    m.add(new Dense(512, "relu").inputShape(784));
    m.add(new Dense(512, "relu"));
    m.add(new Dense(10, "softmax"));
    assertThat(m.countParams()).isEqualTo(669_706);
    String text = m.summary();
    assertThat(text)
        .contains(
            "│ dense (Dense)                   │ (None, 512)            │       " + "401,920 │");
    assertThat(text).contains(" Total params: 669,706 (2.55 MB)");
  }

  @Test
  void showsUnbuiltLayersAsKerasDoes() {
    Sequential m =
        new Sequential()
            .output(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    m.add(new Dense(5));
    assertThat(m.summary())
        .contains("│ dense (Dense)                   │ ?                      │   0 (unbuilt) │");
  }

  @Test
  void readableSizesFollowKeras() {
    assertThat(Summary.readableSize(220_234 * 4.0)).isEqualTo("860.29 KB");
    assertThat(Summary.readableSize(0)).isEqualTo("0.00 B");
  }
}
