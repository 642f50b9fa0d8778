package io.fovea.plot;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link Report.Builder} as one HTML5 page: inline CSS, images as base64 PNG {@code
 * data:} URIs, text escaped, no scripts and no external URLs.
 */
final class ReportHtml {

  private static final String CSS =
      String.join(
          "\n",
          "body{margin:0;background:#f5f5f5;color:#222;",
          "  font-family:'DejaVu Sans',system-ui,-apple-system,'Segoe UI',Helvetica,Arial,"
              + "sans-serif;line-height:1.45}",
          "main{max-width:1240px;margin:0 auto;padding:24px 28px 48px}",
          "h1{font-size:1.8em;font-weight:600;margin:0.3em 0 0.6em}",
          "section{background:#fff;border:1px solid #e0e0e0;border-radius:6px;",
          "  padding:14px 20px 18px;margin:0 0 20px}",
          "h2{font-size:1.2em;font-weight:600;margin:0.2em 0 0.7em;color:#333}",
          "pre{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:13px;",
          "  line-height:normal;overflow-x:auto;margin:0}",
          "img{max-width:100%;height:auto;display:block}",
          "table{border-collapse:collapse;font-variant-numeric:tabular-nums}",
          "th,td{padding:6px 16px;border-bottom:1px solid #e5e5e5;text-align:right}",
          "th:first-child,td:first-child{text-align:left}",
          "thead th{border-bottom:2px solid #999;font-weight:600}",
          "footer{color:#888;font-size:0.85em}");

  private ReportHtml() {}

  static String render(Report.Builder r) {
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(r.title))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>")
        .append(escape(r.title))
        .append("</h1>\n");
    if (r.summary != null) {
      section(html, "Model", "<pre>" + escape(r.summary.strip()) + "</pre>");
    }
    if (r.curves != null) {
      figure(html, r.curves);
    }
    if (r.history != null || !r.metrics.isEmpty()) {
      section(html, "Final metrics", metricsTable(r.history, r.metrics));
    }
    if (r.confusion != null) {
      figure(html, r.confusion);
    }
    for (Report.Figure f : r.figures) {
      figure(html, f);
    }
    html.append("<footer>Made by Fovea.</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void section(StringBuilder html, String heading, String body) {
    html.append("<section>\n<h2>")
        .append(escape(heading))
        .append("</h2>\n")
        .append(body)
        .append("\n</section>\n");
  }

  private static void figure(StringBuilder html, Report.Figure f) {
    section(
        html,
        f.title(),
        "<img alt=\""
            + escape(f.title())
            + "\" src=\"data:image/png;base64,"
            + Base64.getEncoder().encodeToString(f.png())
            + "\">");
  }

  /**
   * One row per quantity ({@code loss}, {@code accuracy}, ...); columns for the last training
   * epoch, the last validation epoch and the evaluation results, each only when present.
   */
  static String metricsTable(Map<String, List<Double>> history, Map<String, Double> evaluated) {
    Set<String> names = new LinkedHashSet<>();
    boolean validation = false;
    if (history != null) {
      for (String k : history.keySet()) {
        validation |= k.startsWith("val_");
        names.add(k.startsWith("val_") ? k.substring(4) : k);
      }
    }
    names.addAll(evaluated.keySet());
    List<String> head = new ArrayList<>(List.of("Metric"));
    if (history != null) {
      head.add("Training (last epoch)");
    }
    if (validation) {
      head.add("Validation (last epoch)");
    }
    if (!evaluated.isEmpty()) {
      head.add("Evaluation");
    }
    StringBuilder t = new StringBuilder("<table>\n<thead><tr>");
    head.forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
    t.append("</tr></thead>\n<tbody>\n");
    for (String name : names) {
      t.append("<tr><td>").append(escape(name)).append("</td>");
      if (history != null) {
        t.append(cell(last(history, name)));
      }
      if (validation) {
        t.append(cell(last(history, "val_" + name)));
      }
      if (!evaluated.isEmpty()) {
        t.append(cell(evaluated.get(name)));
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody>\n</table>").toString();
  }

  private static Double last(Map<String, List<Double>> history, String key) {
    List<Double> v = history.get(key);
    return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
  }

  private static String cell(Double value) {
    return "<td>"
        + (value == null ? "&ndash;" : String.format(Locale.ROOT, "%.4f", value))
        + "</td>";
  }

  /** Escapes the five HTML special characters. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
