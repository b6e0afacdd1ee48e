package dev.teamsso.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Small multiples as SVG: one column per scenario, throughput (top) and p95 (bottom) against
 * concurrency, one line per team count (medians of the repeats).
 */
final class Chart {

    private static final int PANEL_W = 220;
    private static final int PANEL_H = 160;
    private static final int MARGIN = 45;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

    private final List<CellSummary> cells;

    Chart(List<CellSummary> cells) {
        this.cells = cells.stream().filter(cell -> !cell.scenario().isSettingVariant()).toList();
    }

    String svg() {
        List<Scenario> scenarios = cells.stream().map(CellSummary::scenario).distinct().toList();
        List<Integer> teams = cells.stream().map(CellSummary::teams).distinct().sorted().toList();
        List<Integer> concurrencies = cells.stream().map(CellSummary::concurrency).distinct().sorted().toList();
        int width = MARGIN + scenarios.size() * (PANEL_W + MARGIN);
        int height = 2 * (PANEL_H + MARGIN) + MARGIN + 20;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height));
        for (int column = 0; column < scenarios.size(); column++) {
            Scenario scenario = scenarios.get(column);
            int x = MARGIN + column * (PANEL_W + MARGIN);
            panel(svg, x, MARGIN, "(" + scenario.letter() + ") " + scenario.key() + ": sign-ins/s", scenario, teams, concurrencies,
                    CellSummary::perSecond);
            panel(svg, x, 2 * MARGIN + PANEL_H, "(" + scenario.letter() + ") " + scenario.key() + ": p95 ms", scenario, teams,
                    concurrencies, cell -> cell.median(repeat -> repeat.latency().p95()));
        }
        int legendY = height - 15;
        for (int i = 0; i < teams.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">&#9644; %d team%s</text>%n",
                    MARGIN + i * 120, legendY, COLOURS[i % COLOURS.length], teams.get(i), teams.get(i) == 1 ? "" : "s"));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">x axis: concurrency</text>%n", MARGIN + teams.size() * 120, legendY));
        return svg.append("</svg>\n").toString();
    }

    private void panel(StringBuilder svg, int x, int y, String title, Scenario scenario, List<Integer> teams,
                       List<Integer> concurrencies, ToDoubleFunction<CellSummary> value) {
        double max = cells.stream().filter(c -> c.scenario() == scenario).mapToDouble(value).filter(v -> !Double.isNaN(v)).max().orElse(1);
        double top = max <= 0 ? 1 : max * 1.1;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x, y - 8, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                x, y, PANEL_W, PANEL_H));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n", x - 4, y + 10, top));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", x - 4, y + PANEL_H));
        for (int i = 0; i < concurrencies.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    xOf(x, i, concurrencies.size()), y + PANEL_H + 14, concurrencies.get(i)));
        }
        for (int t = 0; t < teams.size(); t++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < concurrencies.size(); i++) {
                int team = teams.get(t);
                int concurrency = concurrencies.get(i);
                int index = i;
                cells.stream()
                        .filter(c -> c.scenario() == scenario && c.teams() == team && c.concurrency() == concurrency)
                        .mapToDouble(value).filter(v -> !Double.isNaN(v)).findFirst()
                        .ifPresent(v -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xOf(x, index, concurrencies.size()),
                                y + PANEL_H - v / top * PANEL_H)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    COLOURS[t % COLOURS.length], points.toString().trim()));
        }
    }

    private static double xOf(int x, int index, int count) {
        return count == 1 ? x + PANEL_W / 2.0 : x + 15 + index * (PANEL_W - 30.0) / (count - 1);
    }
}
