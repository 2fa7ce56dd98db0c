package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer (escaping done by it, never by hand), with indentation, and with text cleaned of what
 * XML 1.0 cannot hold. Always the JDK's own implementation, whatever else is on the class path.
 */
final class XmlWriter implements AutoCloseable {
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements, whose end tag then goes on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlWriter(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlWriter start(String name) throws IOException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        try {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        open.push(false);
        return this;
    }

    XmlWriter attribute(String name, String value) throws IOException {
        try {
            xml.writeAttribute(name, SafeText.xml(value));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    XmlWriter attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    /** Text content of the current element, which then has no child elements. */
    XmlWriter text(String value) throws IOException {
        try {
            xml.writeCharacters(SafeText.xml(value));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    XmlWriter end() throws IOException {
        boolean hasChildElements = open.pop();
        try {
            if (hasChildElements) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
