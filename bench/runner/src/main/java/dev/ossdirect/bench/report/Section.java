package dev.ossdirect.bench.report;

import java.util.ArrayList;
import java.util.List;

/** What one benchmark contributes to the report: prose, tables and the headline ratios it measured. */
public final class Section {

  private final String title;
  private final StringBuilder body = new StringBuilder();
  private final List<Headline> headlines = new ArrayList<>();

  public Section(String title) {
    this.title = title;
  }

  /** Adds a paragraph of Markdown. */
  public Section paragraph(String markdown) {
    body.append(markdown.strip()).append("\n\n");
    return this;
  }

  public Section table(Table table) {
    body.append(table.markdown()).append('\n');
    return this;
  }

  public Section headline(Headline headline) {
    headlines.add(headline);
    return this;
  }

  public String title() {
    return title;
  }

  public List<Headline> headlines() {
    return List.copyOf(headlines);
  }

  public String markdown() {
    return "## " + title + "\n\n" + body;
  }
}
