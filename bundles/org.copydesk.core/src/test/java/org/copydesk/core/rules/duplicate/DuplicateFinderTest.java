package org.copydesk.core.rules.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.copydesk.core.document.Block;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static final String BASE = "The council approved the new budget for the bridge repairs on Tuesday after a"
            + " long debate about the costs, and the mayor promised that work would start in the spring once the"
            + " contracts are signed.";

    private final DuplicateFinder finder = new DuplicateFinder(0.9, 8);

    @Test
    void everyLaterCopyNamesTheFirstOccurrence() {
        List<DuplicateFinder.Duplicate> found = find(BASE, "Something else entirely, long enough to be checked here.", BASE,
                BASE.toUpperCase());
        assertEquals(List.of(0, 0), found.stream().map(DuplicateFinder.Duplicate::original).toList());
        assertEquals(List.of(2, 3), found.stream().map(DuplicateFinder.Duplicate::copy).toList());
    }

    @Test
    void aCopyOfACopyNamesTheFirstOccurrenceIfItMatchesItToo() {
        String near = BASE.replace("Tuesday", "Tuesday evening");
        List<DuplicateFinder.Duplicate> found = find(BASE.replace("new ", ""), near, near.replace("debate", "discussion"));
        assertEquals(List.of(0, 0), found.stream().map(DuplicateFinder.Duplicate::original).toList());
        assertEquals(CopyMatcher.Kind.NEAR, found.get(1).kind());
    }

    @Test
    void aCopyOfACopyThatDriftedFromTheFirstNamesTheCopyItIsLike() {
        String first = BASE.replace("new ", "").replace("long ", "").replace("costs,", "costs, then,");
        String second = BASE.replace("debate", "discussion").replace("spring", "summer");
        List<DuplicateFinder.Duplicate> found = find(first, BASE, second);
        assertEquals(List.of(0, 1), found.stream().map(DuplicateFinder.Duplicate::original).toList(), found.toString());
    }

    @Test
    void shortParagraphsAndRepeatedTitlesAreNeverCopies() {
        String title = "Council Approves Budget For Bridge Repairs After Long Debate";
        assertEquals(List.of(), find(title, "Advertisement", BASE, "Advertisement", "Read more", "Read more", title,
                "* * *", "* * *"));
    }

    @Test
    void tenThousandNearCopiesOfEachOtherAreAllFound() {
        Random random = new Random(5);
        CopyEdits edits = new CopyEdits(random);
        String[] paragraphs = new String[10_000];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = edits.apply(CopyEdits.Edit.WORD_CHANGED, BASE);
        }
        List<DuplicateFinder.Duplicate> found = find(paragraphs);
        long distinct = Arrays.stream(paragraphs).distinct().count();
        assertTrue(distinct > 20, "the copies differ: " + distinct);
        assertEquals(paragraphs.length - 1, found.size());
        assertTrue(found.stream().allMatch(d -> d.original() < d.copy()));
    }

    @Test
    void aLongBookOfDifferentParagraphsIsCheckedInOnePass() {
        ProseGenerator prose = new ProseGenerator(new Random(6));
        String[] paragraphs = new String[10_000];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = prose.paragraph() + " " + prose.paragraph();
        }
        paragraphs[9_999] = paragraphs[17];
        paragraphs[9_998] = paragraphs[4_242].replaceFirst(" the ", " a ");
        List<DuplicateFinder.Duplicate> found = find(paragraphs);
        assertTrue(found.stream().anyMatch(d -> d.copy() == 9_999 && d.original() == 17), found.toString());
        assertTrue(found.stream().anyMatch(d -> d.copy() == 9_998 && d.original() == 4_242), found.toString());
        assertTrue(found.size() < 10, "hardly any accidental copies: " + found.size());
    }

    @Test
    void paragraphsGivenABatchAtATimeGiveTheCopiesOfOnePass() {
        Random random = new Random(8);
        ProseGenerator prose = new ProseGenerator(random);
        CopyEdits edits = new CopyEdits(random);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boolean copy = i > 10 && random.nextInt(5) == 0;
            paragraphs.add(copy ? edits.apply(CopyEdits.Edit.WORD_CHANGED, paragraphs.get(random.nextInt(i))) : prose.paragraph());
        }
        ReadParagraph[] all = read(paragraphs.toArray(String[]::new));
        DuplicateFinder.Search search = finder.new Search();
        for (int from = 0; from < all.length; ) {
            int to = Math.min(all.length, from + random.nextInt(40)); // files of any size, some empty
            search.add(Arrays.copyOfRange(all, from, to));
            from = to;
        }
        List<DuplicateFinder.Duplicate> onePass = find(paragraphs.toArray(String[]::new));
        assertTrue(onePass.size() > 400, "copies: " + onePass.size());
        assertEquals(onePass, search.duplicates());
        assertEquals(onePass, finder.find(all));
    }

    private ReadParagraph[] read(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        return finder.read(text, layOut(paragraphs, text));
    }

    private List<DuplicateFinder.Duplicate> find(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        return finder.find(text, layOut(paragraphs, text));
    }

    /** Writes the paragraphs into {@code text}, a blank line after each; returns where each is. */
    private static List<Block> layOut(String[] paragraphs, StringBuilder text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, text.length(), text.length() + paragraph.length()));
            text.append(paragraph).append("\n\n");
        }
        return blocks;
    }
}
