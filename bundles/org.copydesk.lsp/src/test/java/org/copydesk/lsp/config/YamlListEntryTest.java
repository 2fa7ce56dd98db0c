package org.copydesk.lsp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.lsp.actions.EditPlan;
import org.junit.jupiter.api.Test;

class YamlListEntryTest {
    private static final List<String> IGNORE = List.of("ignore");
    private static final List<String> QUOTES = List.of("rules", "unattributed-quote", "ignore");

    private static String add(String yaml, List<String> keys, String item) {
        return EditPlan.render(yaml, List.of(YamlListEntry.add(yaml, keys, item).orElseThrow()));
    }

    private static Config read(String yaml) throws Exception {
        return new ConfigLoader(BuiltInRules.all()).parse(yaml, "test.yaml", null);
    }

    @Test
    void emptyFile_getsTheWholeList() throws Exception {
        assertEquals("ignore:\n  - \"notes/a.txt\"\n", add("", IGNORE, "notes/a.txt"));
        assertEquals(List.of("We will win"), read(add("# settings\n", QUOTES, "We will win")).rule("unattributed-quote")
                .options().get("ignore"));
    }

    @Test
    void blockList_getsAnItemAfterItsLast_commentsAndLayoutKept() throws Exception {
        String yaml = "rules:\n  duplicate-paragraph: error   # strict\nignore:\n  - drafts/**   # old ones\n\n# end\n";
        String added = add(yaml, IGNORE, "a.txt");
        assertEquals("rules:\n  duplicate-paragraph: error   # strict\nignore:\n  - drafts/**   # old ones\n  - \"a.txt\"\n\n# end\n", added);
        assertEquals(List.of("drafts/**", "a.txt"), read(added).ignore());
    }

    @Test
    void flowList_getsAnItemBeforeItsBracket() throws Exception {
        assertEquals("ignore: [a.txt, \"b.txt\"]\n", add("ignore: [a.txt]\n", IGNORE, "b.txt"));
        assertEquals("ignore: [\"b.txt\"]\n", add("ignore: []\n", IGNORE, "b.txt"));
    }

    @Test
    void missingKeys_areAddedInTheMappingThatShouldHoldThem() throws Exception {
        String yaml = "rules:\n  duplicate-paragraph:\n    severity: error\nignore:\n  - x\n";
        String added = add(yaml, QUOTES, "He said \"no\"");
        assertEquals("rules:\n  duplicate-paragraph:\n    severity: error\n  unattributed-quote:\n    ignore:\n      - \"He said \\\"no\\\"\"\nignore:\n  - x\n", added);
        assertEquals(List.of("He said \"no\""), read(added).rule("unattributed-quote").options().get("ignore"));
        String noFinalBreak = add("rules:\n  unattributed-quote:\n    language: en", QUOTES, "Yes");
        assertEquals("rules:\n  unattributed-quote:\n    language: en\n    ignore:\n      - \"Yes\"", noFinalBreak);
    }

    @Test
    void shapesThatCannotTakeAnItem_giveNoEdit() {
        assertTrue(YamlListEntry.add("rules:\n  unattributed-quote: off\n", QUOTES, "x").isEmpty());
        assertTrue(YamlListEntry.add("{rules: {}}\n", QUOTES, "x").isEmpty());
        assertTrue(YamlListEntry.add("ignore: drafts\n", IGNORE, "x").isEmpty());
        assertTrue(YamlListEntry.add("- a\n- b\n", IGNORE, "x").isEmpty());
        assertTrue(YamlListEntry.add("ignore: [\n", IGNORE, "x").isEmpty());
    }
}
