package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Standard readers for the reports, set up as a careful consumer would. */
public final class ReportReaders {
    private static final Schema SARIF = loadSarifSchema();

    private ReportReaders() {
    }

    /** The ways {@code json} breaks the official SARIF 2.1.0 schema (JSON Schema draft-04); empty when valid. */
    public static List<String> sarifErrors(String json) {
        return SARIF.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** Parses XML with DTDs and external entities refused. */
    public static Document xml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return xml(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document xml(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Schema loadSarifSchema() {
        try (InputStream in = ReportReaders.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
