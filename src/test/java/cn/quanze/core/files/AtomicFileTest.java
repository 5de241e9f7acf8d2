package cn.quanze.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoPartFile() throws IOException {
        Path target = dir.resolve("权力清单.xlsx");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk gone");
        })).hasMessageContaining("权力清单.xlsx");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(target);
        }
    }

    @Test
    void theStepBeforeTheMoveSeesTheCompleteFileNotYetInPlace() throws IOException {
        Path target = dir.resolve("sub/通知单.docx");
        AtomicFile.write(target, out -> out.write(new byte[] {1, 2, 3}),
                () -> assertThat(Files.exists(target)).isFalse());
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("通知单.docx"));
        }
    }
}
