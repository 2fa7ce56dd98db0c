package org.copydesk.core.config;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The limits snakeyaml-engine leaves to its user. Its parser streams events without recursion, but its composer
 * builds the node tree recursively, so a file of a few thousand {@code [} overflows the stack. The composer here
 * reads its events through a counter that refuses a config nested deeper than any config needs (a Copydesk
 * config is four levels deep), naming the line. The engine bounds the rest itself: aliases to collections (50),
 * recursive keys (refused) and the file's size (3 M code points, above the loader's 1 MB); the loader bounds what
 * aliases may expand to and refuses keys given twice.
 */
final class YamlLimits {
    /** Collections inside collections: four are used, fifty are allowed. */
    static final int MAX_NESTING = 50;

    /** Thrown through the composer, which lets only unchecked exceptions out. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(String message) {
            super(message, null, false, false);
        }
    }

    private YamlLimits() {
    }

    /** The one document of {@code yaml}, composed within the limits; throws {@link TooDeep} past them. */
    static Optional<Node> compose(LoadSettings settings, String yaml, String sourceName) {
        Parser parser = new NestingLimit(new ParserImpl(settings, new StreamReader(settings, yaml)), sourceName);
        return new Composer(settings, parser).getSingleNode();
    }

    private static final class NestingLimit implements Parser {
        private final Parser parser;
        private final String sourceName;
        private int depth;

        NestingLimit(Parser parser, String sourceName) {
            this.parser = parser;
            this.sourceName = sourceName;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_NESTING) {
                        Mark mark = event.getStartMark().orElse(null);
                        String where = mark == null ? sourceName : sourceName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
                        throw new TooDeep(where + ": lists and mappings nested more than " + MAX_NESTING
                                + " levels deep; a Copydesk config needs four");
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                    // scalars, aliases, documents: no nesting
                }
            }
            return event;
        }
    }
}
