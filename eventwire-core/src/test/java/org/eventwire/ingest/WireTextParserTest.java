package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.ingest.Fixtures.of;

import org.eventwire.model.ArticleLayout;
import org.junit.jupiter.api.Test;

class WireTextParserTest {
  private final WireTextParser parser = new WireTextParser();

  @Test
  void anEfeArticleGivesCaptionCreditHeadlineDatelineBodyAndSignoff() {
    String text = Fixtures.text("efe-caption.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.caption(), text)).startsWith("Delegates walk").endsWith("2 March 2024.");
    assertThat(of(l.credit(), text)).isEqualTo("EFE-EPA/MARIA SOTO");
    assertThat(of(l.headline(), text))
        .isEqualTo("Chile and Peru agree to reopen mountain border crossing");
    assertThat(l.dateline().span().of(text)).isEqualTo("Santiago, Mar 4 (EFE).-");
    assertThat(of(l.body(), text))
        .startsWith("Chile and Peru agreed on Monday")
        .endsWith("in 2023.");
    assertThat(of(l.signoff(), text)).startsWith("EFE").endsWith("jrs/lm");
  }

  @Test
  void theBodyStartsAfterTheDatelineNotAtIt() {
    String text = "SEOUL (Reuters) - South Korea said on Monday it would send aid.";
    ArticleLayout l = parser.parse(text);

    assertThat(l.body().start()).isGreaterThanOrEqualTo(l.dateline().span().end());
    assertThat(of(l.body(), text)).isEqualTo("South Korea said on Monday it would send aid.");
  }

  @Test
  void aTrailingAgencyTagInParenthesesIsTheSignoff() {
    String text = Fixtures.text("ap-tag.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.headline(), text))
        .isEqualTo("Lawmakers put off vote on drought relief package");
    assertThat(l.dateline().agency()).isEqualTo("AP");
    assertThat(of(l.signoff(), text)).isEqualTo("(AP)");
    assertThat(of(l.body(), text)).endsWith("with a large majority.");
    assertThat(l.caption()).isNull();
    assertThat(l.credit()).isNull();
  }

  @Test
  void aReportingAndEditingCreditIsTheSignoff() {
    String text = Fixtures.text("reuters-credits.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.signoff(), text)).startsWith("(Reporting by").endsWith("Placeholder)");
    assertThat(of(l.body(), text)).endsWith("damaged undersea cables.");
    assertThat(l.headline()).isNull();
    assertThat(l.dateline().month()).isEqualTo(3);
  }

  @Test
  void anEndMarkAndADeskAddressAreTheSignoff() {
    String text = Fixtures.text("yonhap-end.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.signoff(), text)).isEqualTo("desk@example.org\n(END)");
    assertThat(of(l.body(), text)).endsWith("according to customs data.");
  }

  @Test
  void aThirtyMarkIsTheSignoff() {
    String text = Fixtures.text("kcna-thirty.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.signoff(), text)).isEqualTo("--30--");
    assertThat(l.dateline().agency()).isEqualTo("KCNA");
    assertThat(of(l.body(), text)).endsWith("officials of the ministry.");
  }

  @Test
  void capitalEditorInitialsAreTheSignoff() {
    String text = "ROME (ANSA) - Italy said it would host the talks.\n\nXXX/YYY\n";

    assertThat(of(parser.parse(text).signoff(), text)).isEqualTo("XXX/YYY");
  }

  @Test
  void anAgencyTagInsideASentenceIsNotASignoff() {
    String text = "GENEVA (AFP) - The envoy said this in an interview with AFP";

    assertThat(parser.parse(text).signoff()).isNull();
    assertThat(of(parser.parse(text).body(), text)).endsWith("with AFP");
  }

  @Test
  void plainTextIsAllBody() {
    String text = Fixtures.text("plain.txt");
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.body(), text)).isEqualTo(text.strip());
    assertThat(l.caption()).isNull();
    assertThat(l.credit()).isNull();
    assertThat(l.headline()).isNull();
    assertThat(l.dateline()).isNull();
    assertThat(l.signoff()).isNull();
  }

  @Test
  void aSingleShortLineIsBodyNotHeadline() {
    String text = "Talks resume in Doha";

    assertThat(parser.parse(text).headline()).isNull();
    assertThat(of(parser.parse(text).body(), text)).isEqualTo(text);
  }

  @Test
  void aHeadlineWithoutDatelineIsFoundAboveTheBody() {
    String text =
        "Talks resume in Doha\n\nNegotiators returned to the table on Sunday. Both sides said progress was slow.";
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.headline(), text)).isEqualTo("Talks resume in Doha");
    assertThat(of(l.body(), text)).startsWith("Negotiators returned");
  }

  @Test
  void aCaptionWithCreditWithoutHeadlineOrDatelineIsStillFound() {
    String text =
        "Soldiers unload crates at the airport, 3 May 2024. REUTERS/Jane Placeholder\n\n"
            + "The aid flight landed on Friday. Officials said more flights would follow.";
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.caption(), text))
        .isEqualTo("Soldiers unload crates at the airport, 3 May 2024.");
    assertThat(of(l.credit(), text)).isEqualTo("REUTERS/Jane Placeholder");
    assertThat(l.headline()).isNull();
    assertThat(of(l.body(), text)).startsWith("The aid flight");
  }

  @Test
  void aCreditLineAloneBelowTheCaptionIsTheCredit() {
    String text =
        "Ministers pose for a photo before the summit in Lima.\nPhoto: AFP\n\n"
            + "Trade pact signed\n\n"
            + "LIMA (AFP) - Five countries signed a trade pact on Monday.";
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.caption(), text))
        .isEqualTo("Ministers pose for a photo before the summit in Lima.");
    assertThat(of(l.credit(), text)).isEqualTo("Photo: AFP");
    assertThat(of(l.headline(), text)).isEqualTo("Trade pact signed");
  }

  @Test
  void creditStylesOfTheMainAgenciesAreRecognised() {
    assertCredit("A ship docks in Busan. (Reuters/Jane Placeholder)", "(Reuters/Jane Placeholder)");
    assertCredit("A ship docks in Busan. AP Photo/Lee Example", "AP Photo/Lee Example");
    assertCredit("A ship docks in Busan. Photo: Yonhap", "Photo: Yonhap");
    assertCredit(
        "A ship docks in Busan. EFE-EPA FILE/KIM PLACEHOLDER/POOL MANDATORY CREDIT",
        "EFE-EPA FILE/KIM PLACEHOLDER/POOL MANDATORY CREDIT");
    assertCredit("A ship docks in Busan. AFP via Getty Images", "AFP via Getty Images");
  }

  private void assertCredit(String captionLine, String credit) {
    String text = captionLine + "\n\nShips return to Busan\n\nBUSAN (Yonhap) -- Ships came back.";
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.credit(), text)).isEqualTo(credit);
    assertThat(of(l.caption(), text)).isEqualTo("A ship docks in Busan.");
  }

  @Test
  void aSlashBetweenOrdinaryWordsIsNoCredit() {
    String text =
        "Officials discussed the NATO/EU framework at length on Monday.\n\n"
            + "They will meet again in June, the statement said.";

    assertThat(parser.parse(text).credit()).isNull();
  }

  @Test
  void missingHeadlineLeavesItNull() {
    String text = "Caption of a photo. Photo: AFP\n\nMADRID (AFP) - Spain said it would help.";
    ArticleLayout l = parser.parse(text);

    assertThat(l.headline()).isNull();
    assertThat(of(l.credit(), text)).isEqualTo("Photo: AFP");
    assertThat(of(l.body(), text)).isEqualTo("Spain said it would help.");
  }

  @Test
  void carriageReturnsDoNotShiftOffsets() {
    String text = "Ports reopen\r\n\r\nOSLO (NTB) - The ports reopened on Friday.\r\n\r\nNTB\r\n";
    ArticleLayout l = parser.parse(text);

    assertThat(of(l.headline(), text)).isEqualTo("Ports reopen");
    assertThat(of(l.body(), text)).isEqualTo("The ports reopened on Friday.");
    assertThat(l.dateline().agency()).isEqualTo("NTB");
  }

  @Test
  void blankTextGivesAnEmptyBody() {
    assertThat(parser.parse("  \n ").body().length()).isZero();
  }
}
