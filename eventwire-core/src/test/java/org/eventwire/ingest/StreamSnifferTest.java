package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eventwire.ingest.StreamSniffer.Kind;
import org.junit.jupiter.api.Test;

class StreamSnifferTest {
  private static Kind sniff(String s) throws IOException {
    BufferedInputStream in =
        new BufferedInputStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    Kind kind = StreamSniffer.sniff(in);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(s);
    return kind;
  }

  @Test
  void theFirstElementDecidesBetweenFeedHtmlAndText() throws IOException {
    assertThat(sniff("  {\"id\":\"a\"}\n")).isEqualTo(Kind.JSON_LINES);
    assertThat(sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">")).isEqualTo(Kind.FEED);
    assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Kind.FEED);
    assertThat(sniff("<atom:feed xmlns:atom=\"x\">")).isEqualTo(Kind.FEED);
    assertThat(sniff("<rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(Kind.FEED);
    assertThat(sniff("<!-- <rss> --><html><body>")).isEqualTo(Kind.HTML);
    assertThat(sniff("<!DOCTYPE html>\n<HTML lang=\"en\">")).isEqualTo(Kind.HTML);
    assertThat(sniff("<b>Envoys</b> met on Monday.")).isEqualTo(Kind.TEXT);
    assertThat(sniff("Envoys met <rss> on Monday.")).isEqualTo(Kind.TEXT);
    assertThat(sniff(" \n ")).isEqualTo(Kind.TEXT);
  }
}
