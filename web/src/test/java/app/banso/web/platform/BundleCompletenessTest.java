package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Japanese and English screens are complete: no key is missing from either bundle. */
class BundleCompletenessTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/app/banso/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws Exception {
        Set<String> ja = new TreeSet<>(load("messages_ja.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(ja);
        missingInEnglish.removeAll(en);
        Set<String> missingInJapanese = new TreeSet<>(en);
        missingInJapanese.removeAll(ja);
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), missingInJapanese, "keys missing in messages_ja.properties");
    }

    /**
     * English values that may hold Japanese on purpose, each with the reason. Only proper names
     * belong here; anything else in Japanese on an English screen is an untranslated text.
     * (Empty today: the programme's Japanese title comes from the programme data, not the bundle,
     * and the language switch's "日本語" is written in the layout with {@code lang="ja"}.)
     */
    private static final Map<String, String> JAPANESE_ALLOWED_IN_ENGLISH = Map.of();

    private static boolean isJapanese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN
                // full-width forms (Ａ, （, ：) and Japanese punctuation (、。「」) betray a copied Japanese text too
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    @Test
    void englishBundleHasNoUntranslatedJapaneseText() throws Exception {
        Properties en = load("messages_en.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!JAPANESE_ALLOWED_IN_ENGLISH.containsKey(key) && en.getProperty(key).codePoints().anyMatch(BundleCompletenessTest::isJapanese)) {
                untranslated.add(key + "=" + en.getProperty(key));
            }
        }
        assertTrue(untranslated.isEmpty(), "Japanese text in the English bundle: " + untranslated);
        for (String key : JAPANESE_ALLOWED_IN_ENGLISH.keySet()) {
            assertTrue(en.containsKey(key), "allow-listed key no longer exists: " + key);
        }
    }

    @Test
    void noValueIsLeftEmptyInEitherLanguage() throws Exception {
        for (String bundle : new String[] {"messages_ja.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            Set<String> blank = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).isBlank()) {
                    blank.add(key);
                }
            }
            assertEquals(Set.of(), blank, "empty texts in " + bundle);
        }
    }

    /** Every eligibility question of the form's step 2 explains itself in plain language, in both languages. */
    @Test
    void everyEligibilityQuestionHasAHelpText() throws Exception {
        String form = Files.readString(Path.of("src/main/webapp/applicant/application.xhtml"));
        Matcher question = Pattern.compile("<b:question name=\"([A-Za-z]+)\"").matcher(form);
        Set<String> questions = new TreeSet<>();
        while (question.find()) {
            questions.add(question.group(1));
        }
        assertTrue(questions.size() >= 9, "the eligibility questions EX-2..EX-8, MAYBE-1, MAYBE-2: " + questions);
        for (String bundle : new String[] {"messages_ja.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String q : questions) {
                assertTrue(!p.getProperty("q." + q, "").isBlank(), "question q." + q + " in " + bundle);
                String help = p.getProperty("q." + q + ".help", "");
                assertTrue(help.length() >= 10, "a help text for q." + q + " in " + bundle + ": '" + help + "'");
            }
        }
    }

    /**
     * Views show no Japanese written into the page instead of taken from the bundles; the only
     * exceptions are the names of the Japanese language itself (the language switch and the
     * e-mail language choice), which stay "日本語" on an English screen so that a Japanese reader
     * finds them.
     */
    @Test
    void viewsHaveNoHardCodedJapaneseText() throws Exception {
        Set<String> found = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(view).replaceAll("(?s)<!--.*?-->", "").replace("日本語", "");
                if (text.codePoints().anyMatch(BundleCompletenessTest::isJapanese)) {
                    found.add(view.toString());
                }
            }
        }
        assertEquals(Set.of(), found, "views with Japanese text outside the bundles");
    }

    @Test
    void everyMessageKeyUsedInTheDomainAndServicesIsTranslated() throws Exception {
        Properties ja = load("messages_ja.properties");
        for (String key : new String[] {"error.transition", "error.notFound", "error.conflict", "validation.required",
                "validation.email", "validation.tooLong", "corporateNumber.format", "corporateNumber.checkDigit",
                "websiteUrl.format", "programme.capacity.positive", "programme.schedule.closesBeforeOpens",
                "programme.schedule.supportEndsBeforeIntakeCloses", "password.tooShort", "password.tooSimple",
                "password.unchanged", "account.staffRoleRequired", "account.emailTaken", "rule.EX-3"}) {
            assertTrue(ja.containsKey(key), key);
        }
    }
}
