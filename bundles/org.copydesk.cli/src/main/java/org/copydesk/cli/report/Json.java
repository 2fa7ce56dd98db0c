package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** The one way reports make JSON: Jackson's streaming generator, UTF-8, indented, leaving the stream open. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    static JsonGenerator generator(OutputStream out) throws IOException {
        DefaultIndenter newlines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withArrayIndenter(newlines).withObjectIndenter(newlines);
        return FACTORY.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty);
    }
}
