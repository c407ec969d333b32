package org.eventwire.corpus;

import java.util.List;

/**
 * A country as the invented stories name it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name its name in running text
 * @param capital its capital, where meetings take place
 */
record Country(String iso3, String name, String capital) {

  static final List<Country> ALL =
      List.of(
          new Country("PRK", "North Korea", "Pyongyang"),
          new Country("RUS", "Russia", "Moscow"),
          new Country("CHN", "China", "Beijing"),
          new Country("KOR", "South Korea", "Seoul"),
          new Country("JPN", "Japan", "Tokyo"),
          new Country("USA", "the United States", "Washington"),
          new Country("IRN", "Iran", "Tehran"),
          new Country("IND", "India", "New Delhi"),
          new Country("BRA", "Brazil", "Brasilia"),
          new Country("ZAF", "South Africa", "Pretoria"),
          new Country("TUR", "Turkey", "Ankara"),
          new Country("DEU", "Germany", "Berlin"),
          new Country("EGY", "Egypt", "Cairo"),
          new Country("KEN", "Kenya", "Nairobi"),
          new Country("IDN", "Indonesia", "Jakarta"),
          new Country("MEX", "Mexico", "Mexico City"));
}
