package org.roundtrip.ingest.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedStringIndexTest {

    @Test
    void digitsAreAnIndexAndAnythingElseIsNone() {
        assertThat(XlsxSource.index("0")).isZero();
        assertThat(XlsxSource.index("1010015")).isEqualTo(1010015);
        assertThat(XlsxSource.index(" 42 ")).isEqualTo(42);
        assertThat(XlsxSource.index("")).isEqualTo(-1);
        assertThat(XlsxSource.index("  ")).isEqualTo(-1);
        assertThat(XlsxSource.index("-1")).isEqualTo(-1);
        assertThat(XlsxSource.index("1e3")).isEqualTo(-1);
        assertThat(XlsxSource.index("99999999999")).isEqualTo(-1);
    }
}
