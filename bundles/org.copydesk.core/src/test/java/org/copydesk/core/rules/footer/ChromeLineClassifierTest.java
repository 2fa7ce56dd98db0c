package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What single lines read as: chrome beyond doubt, generic chrome, chrome-like, a label, or prose. Lines are
 * written as sites print them, in the families the rule knows, with the sentences about the same things that
 * must stay prose.
 */
class ChromeLineClassifierTest {
    private final ChromeLineClassifier classifier = new ChromeLineClassifier(SignatureSet.of(Set.of(), List.of()),
            new BoundedText.Budget(ConfiguredSignatures.BUDGET_PER_DOCUMENT, ConfiguredSignatures.BUDGET_PER_MATCH));

    private LineVerdict read(String line) {
        return classifier.classify(LineText.normalize(line, 0, line.length()), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // copyright lines in the forms holders use
        "Copyright 2019 Harbour Gazette & Co., Inc. All Rights Reserved",
        "© 2004-2019 Lantern Media, LLC.",
        "©2021 Riverbend Weekly - Privacy Policy - Terms of Service",
        "Riverbend Weekly © 2021. All rights reserved.",
        "Copyright © 2021 · Orchard Theme on Genesis Framework · WordPress · Log in",
        "(c) Copyright Harbour Wire 2019. Click for restrictions.",
        "MMXII, All Rights Reserved",
        "All content on this site is licensed under a Creative Commons Attribution license.",
        "Copyright 2019 Harbour Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "© 2023 Hafenblatt GmbH. Alle Rechte vorbehalten.",
        "© 2023 La Gazette du Port. Tous droits réservés.",
        // credits
        "Powered by Hugo",
        "Blog powered by TypePad",
        "This website is powered by WordPress",
        "Picture Window template. Powered by Blogger.",
        "Theme: Harbour Lite by Tidewater Themes.",
        "Website design by Kettle Studio",
        "Stolz präsentiert von WordPress",
        "Fièrement propulsé par WordPress",
        // share buttons and labels run together
        "Share this:",
        "Tweet",
        "Email | Print | Share",
        "Email ThisBlogThis!Share to TwitterShare to Facebook",
        "TwitterFacebookEmailPrint",
        "Teilen",
        "Partager",
        // comment forms and widgets
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comments are closed.",
        "Sorry, your blog cannot share posts by email.",
        "Schreibe einen Kommentar Antworten abbrechen",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Enter your information below to add a new comment.",
        // a meta bar: two families of chrome side by side
        "Posted on March 14, 2024 at 9:05 PM • 6 Comments",
        // subscribing, cookies, the site's own pages
        "Subscribe to our newsletter",
        "Sign up for the latest news from the harbour",
        "Subscribe via Kindle",
        "This site uses cookies to give you the best experience.",
        "About Us | Contact | Advertise | Privacy Policy | Terms of Use | Sitemap",
        "Impressum | Datenschutz | Kontakt",
        "Mentions légales | Confidentialité | Nous contacter"})
    void chromeBeyondDoubt(String line) {
        LineVerdict verdict = read(line);
        assertEquals(LineVerdict.Role.STRONG, verdict.role(), line);
        assertTrue(verdict.decisive(), line + ": " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Related Posts",
        "Log in to Reply",
        "Posted at 11:15 AM",
        "Posted by Ana Ruiz on March 3, 2021 | Permalink",
        "Posted in Harbour life, Weather",
        "Filed under: allotments",
        "Tags: ferries, night service, timetable",
        "Labels: bread, rye",
        "12 Comments",
        "Comments (14)",
        "« Previous Post",
        "Newer posts »",
        "Previous Post The Winter Timetable",
        "Next article: Lifeboat Day Returns",
        "Similar posts you may like...",
        "Reader comments 7",
        "► June 2007 (21)",
        "Mehr zum Thema",
        "À lire aussi",
        "This article originally appeared on The Tidewater Review."})
    void genericChrome(String line) {
        LineVerdict verdict = read(line);
        assertEquals(LineVerdict.Role.STRONG, verdict.role(), line + ": " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Twitter",
        "Source: Reuters",
        "Follow Jane Miller on Twitter @janemiller.",
        "Email: desk@example.com",
        "March 4, 2020 at 10:01 AM",
        "by Ana Ruiz on March 3, 2021",
        "Author Email (optional):"})
    void chromeLikeButNotEnoughAlone(String line) {
        assertEquals(LineVerdict.Role.WEAK, read(line).role(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ferry timetable for the summer",
        "How the harbour board plans to pay for the new quay",
        "Jane Miller",
        "Apple's New iPad Mini As An Awesome Music Device",
        "Photo: Jane Doe / Reuters",
        "Photo: © Jane Doe",
        "By Jane Miller"})
    void labels(String line) {
        assertEquals(LineVerdict.Role.LABEL, read(line).role(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The community center is powered by a rooftop solar array.",
        "All rights reserved under the treaty remain with the coastal states.",
        "Copyright 1998 was the year the law added twenty years to every term, the archivist said.",
        "The copyright on the 1927 film expired in 2023, so the cinema can show it for free.",
        "The © sign on the old map dates it to after 1911.",
        "Share prices rose four per cent on the news, and the board promised a larger dividend.",
        "Let the cookies cool on a rack before you share them with the neighbours, or they will break.",
        "Readers who subscribe to the print edition will keep getting it on Saturdays, the editor said.",
        "Sign up for the newsletter at the front desk, the librarian said.",
        "The shipping company posted a profit for the third quarter in a row.",
        "Posted by a reader at 9:14 AM, the photo went viral within the hour.",
        "Next article in the series: the fishermen who still mend their nets by hand on the quay.",
        "Feel free to share them in the comments section below…",
        "More on that in the next newsletter...",
        "The tide rose 4.5 metres and the quay flooded.",
        "Tags on the crates showed they had come from Rotterdam.",
        "At the bottom of the old page, the line Be the first to like this. was set in grey type.",
        "Excerpted from THE HARBOUR by Jane Miller. Copyright © 2020 by Jane Miller. Reprinted with permission of Tidewater Books.",
        "Teilen Sie Ihre Ernte mit den Nachbarn, hat die Lehrerin zum Abschluss gesagt.",
        "Partager un repas reste la meilleure façon de se réconcilier, dit la cuisinière du port."})
    void prose(String line) {
        assertEquals(LineVerdict.Role.PROSE, read(line).role(), line);
    }

    @Test
    void aConfiguredPatternCountsOnlyOnALineThatIsNeitherProseNorAHeading() {
        ChromeLineClassifier configured = new ChromeLineClassifier(SignatureSet.of(Set.of(), List.of("/.*harbour gazette.*/")),
                new BoundedText.Budget(ConfiguredSignatures.BUDGET_PER_DOCUMENT, ConfiguredSignatures.BUDGET_PER_MATCH));
        String label = "Read more at the Harbour Gazette";
        String sentence = "The Harbour Gazette is a weekly paper of the coast towns, founded in 1921 by two fishermen.";
        assertEquals(LineVerdict.Role.LABEL, read(label).role());
        assertTrue(configured.classify(label, false).configured());
        assertEquals(LineVerdict.Role.LABEL, configured.classify(label, true).role());
        assertEquals(LineVerdict.Role.PROSE, configured.classify(sentence, false).role());
    }
}
