package io.fovea.saving.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Lookup3Test {

  @Test
  void matchesTheValuesPublishedWithTheReference() {
    // lookup3.c, driver5: hashlittle("", 0, 0) and the "Four score" key with seeds 0 and 1.
    byte[] fourScore = "Four score and seven years ago".getBytes(StandardCharsets.US_ASCII);
    assertThat(Lookup3.hash(new byte[0], 0, 0, 0)).isEqualTo(0xdeadbeef);
    assertThat(Lookup3.hash(fourScore, 0, 30, 0)).isEqualTo(0x17770551);
    assertThat(Lookup3.hash(fourScore, 0, 30, 1)).isEqualTo(0xcd628161);
  }

  @Test
  void matchesTheChecksumsTheHdf5LibraryWrote() {
    // From a file h5py 3.7 (HDF5 1.10.8) wrote with libver="latest": its version 3 superblock
    // (44 bytes, 3 words + 8 tail bytes) and a group's object header (143 bytes, with times and a
    // padding message), each followed in the file by the stored checksum.
    byte[] superblock =
        hex(
            "894844460d0a1a0a030808000000000000000000ffffffffffffffff"
                + "18180000000000003000000000000000");
    assertThat(Lookup3.checksum(superblock, 0, superblock.length)).isEqualTo(0x8ff6d43d);
    byte[] header =
        hex(
            "4f4844520220747e046b747e046b747e046b747e046b78021200000000ffffffffffffffff"
                + "ffffffffffffffff0a0200010000061300000100086b65726e656c3a3032020000000000"
                + "000041"
                + "00".repeat(67));
    assertThat(header).hasSize(143);
    assertThat(Lookup3.checksum(header, 0, header.length)).isEqualTo(0xae494176);
  }

  @Test
  void hashesOnlyTheGivenRange() {
    byte[] padded = "xxFour score and seven years agoyy".getBytes(StandardCharsets.US_ASCII);
    assertThat(Lookup3.hash(padded, 2, 30, 0)).isEqualTo(0x17770551);
  }

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }
}
