package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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

    @Test
    void englishBundleHasNoJapaneseText() throws Exception {
        Properties en = load("messages_en.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                untranslated.add(key);
            }
        }
        assertTrue(untranslated.isEmpty(), "Japanese text in the English bundle: " + untranslated);
    }

    @Test
    void everyMessageKeyUsedInTheDomainAndServicesIsTranslated() throws Exception {
        Properties ja = load("messages_ja.properties");
        for (String key : new String[] {"error.transition", "error.notFound", "error.conflict", "validation.required",
                "validation.email", "validation.tooLong", "corporateNumber.format", "corporateNumber.checkDigit",
                "websiteUrl.format", "programme.capacity.positive", "programme.schedule.closesBeforeOpens",
                "programme.schedule.supportEndsBeforeIntakeCloses", "password.tooShort", "password.tooSimple",
                "account.alreadyVerified", "account.staffRoleRequired", "account.emailTaken", "rule.EX-3"}) {
            assertTrue(ja.containsKey(key), key);
        }
    }
}
