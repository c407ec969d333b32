package org.eventwire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.eventwire.api.ApiServer;
import org.eventwire.api.SeedStore;
import org.eventwire.api.ServerConfig;
import org.eventwire.resolve.actors.KnowledgeBase;
import org.eventwire.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web UI in headless Chromium over a seeded store: the flows an analyst follows. */
class BrowserIT {
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static EventStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Browser.installed(), "needs the chromium and chromium-driver packages");
    Path db = dir.resolve("ui.duckdb");
    SeedStore.fill(db);
    store = EventStore.open(db);
    server =
        new ApiServer(
            ServerConfig.local(db, 0), store, KnowledgeBase.loadDefault(), SeedStore::fakePipeline);
    base = "http://127.0.0.1:" + server.start();
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  private static WebElement await(String css) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void aSearchLeadsToTheEventAndItsArticleWithTheEvidenceHighlighted() throws Exception {
    browser.driver.get(base + "/");
    await("#results tbody tr");
    WebElement words = browser.driver.findElement(By.name("text"));
    words.sendKeys("rail bridge", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Events 1–1"));
    browser.driver.findElement(By.cssSelector("#results a.event-link")).click();
    await("#read-article");
    assertThat(browser.driver.findElement(By.id("title")).getText()).startsWith("CONSULT");
    browser.driver.findElement(By.id("read-article")).click();
    WebElement evidence = await("#text .k-evidence.current");
    assertThat(evidence.getText()).isNotBlank();
    assertThat(texts("#text .k-trigger")).contains("met");
    assertThat(texts("#text .k-actor")).contains("North Korean");
    assertThat(texts("#text .k-place")).contains("Vladivostok");
    assertThat(browser.driver.findElement(By.id("ev-" + SeedStore.MEET)).getAttribute("class"))
        .contains("current");
    browser.screenshot(SHOTS.resolve("article.png"));
  }

  @Test
  void theDyadTimelineDrawsBarsAndTheIntensityLine() throws Exception {
    browser.driver.get(base + "/dyad.html?a=PRK&b=RUS&interval=month");
    browser
        .waiting()
        .until(
            ExpectedConditions.textMatches(
                By.id("status"), java.util.regex.Pattern.compile("14 events")));
    List<WebElement> shapes = browser.driver.findElements(By.cssSelector("#chart svg path"));
    assertThat(shapes).hasSizeGreaterThan(14);
    // March holds the meeting and the monthly contact: one row, two events
    assertThat(browser.driver.findElements(By.cssSelector("#numbers tbody tr"))).hasSize(13);
    browser.screenshot(SHOTS.resolve("dyad.png"));
  }

  @Test
  void theNetworkDrawsBothParties() throws Exception {
    browser.driver.get(base + "/network.html");
    browser
        .waiting()
        .until(
            ExpectedConditions.textMatches(
                By.id("status"), java.util.regex.Pattern.compile("2 parties")));
    assertThat(browser.driver.findElements(By.cssSelector("#chart svg text")))
        .extracting(WebElement::getText)
        .contains("PRK", "RUS");
    browser.screenshot(SHOTS.resolve("network.png"));
  }

  @Test
  void theSanctionsWatchShowsTheFlagAndItsBasis() throws Exception {
    browser.driver.get(base + "/sanctions.html");
    WebElement row = await("#flagged tbody tr");
    assertThat(row.getText()).contains("UNSC-1718 refined-petroleum").contains("UNSCR 2397");
    browser.screenshot(SHOTS.resolve("sanctions.png"));
  }

  @Test
  void aBadFilterShowsTheApisMessage() {
    browser.driver.get(base + "/?from=2024-02-30");
    browser
        .waiting()
        .until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
    assertThat(browser.driver.findElement(By.id("status")).getText()).contains("from");
  }

  private static List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }
}
