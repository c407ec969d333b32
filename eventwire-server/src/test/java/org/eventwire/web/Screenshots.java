package org.eventwire.web;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the screenshots in {@code docs/screenshots} from a running server (usually {@code
 * bin/eventwire demo}): {@code java -cp TEST_CLASSPATH org.eventwire.web.Screenshots
 * http://localhost:8080 docs/screenshots}. A tool for the docs, not a test.
 */
public final class Screenshots {
  private Screenshots() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Path.of(args[1]);
    try (Browser b = new Browser()) {
      shoot(b, base + "/?actor=RUS", "#results tbody tr", out.resolve("search.png"));
      b.driver.findElement(By.cssSelector("#results a.event-link")).click();
      b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("read-article")));
      b.screenshot(out.resolve("event.png"));
      b.driver.findElement(By.id("read-article")).click();
      b.waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#text .current")));
      b.screenshot(out.resolve("article.png"));
      b.driver.get(base + "/dyad.html?a=" + args[2] + "&b=" + args[3] + "&interval=month");
      b.waiting().until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("events")));
      b.screenshot(out.resolve("dyad.png"));
      b.driver.get(base + "/network.html");
      b.waiting()
          .until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("parties")));
      b.screenshot(out.resolve("network.png"));
      shoot(b, base + "/sanctions.html", "#flagged tbody tr", out.resolve("sanctions.png"));
      shoot(b, base + "/api-docs.html", ".swagger-ui .opblock", out.resolve("api.png"));
    }
  }

  private static void shoot(Browser b, String url, String ready, Path png) throws Exception {
    b.driver.get(url);
    b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ready)));
    b.screenshot(png);
  }
}
