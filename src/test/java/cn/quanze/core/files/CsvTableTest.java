package cn.quanze.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void cellsWithCommasQuotesAndLineBreaksReadBackAsWritten() {
        List<String> header = List.of("编码", "名称", "办理流程");
        List<List<?>> rows = List.of(
                List.of("XK-001", "食品经营许可，含\"网络经营\"", "1. 受理\n2. 审查\r\n3. 决定"),
                Arrays.asList("XK-002", null, List.of("受理", "决定")));
        String csv = CsvTable.write(header, rows);
        assertThat(csv).startsWith("编码,名称,办理流程\r\n").contains("\"食品经营许可，含\"\"网络经营\"\"\"");
        List<List<String>> back = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).containsExactly(
                List.of("XK-001", "食品经营许可，含\"网络经营\"", "1. 受理\n2. 审查\r\n3. 决定"),
                List.of("XK-002", "", "受理、决定"));
    }

    @Test
    void mapsTakeTheirHeaderFromTheFirstRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", "督办〔2026〕8号");
        row.put("units", List.of("城运中心", "营商办"));
        assertThat(CsvTable.writeMaps(List.of(row))).isEqualTo("number,units\r\n督办〔2026〕8号,城运中心、营商办\r\n");
        assertThat(CsvTable.writeMaps(List.of())).isEmpty();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String csv = CsvTable.write(List.of("a", "b", "c", "d", "e"),
                List.of(List.of("=cmd|' /C calc'!A0", "+1+1", "@SUM(1+1)", "-5", "第一行\n第二行\n第三行")));
        List<List<String>> back = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).containsExactly(List.of("'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(1+1)", "-5", "第一行\n第二行\n第三行"));
        assertThat(csv.split("\r\n")).hasSize(2); // the line breaks stay inside their quoted cell
    }
}
