package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer (escaping done by it, never by hand), with indentation, empty elements written as
 * {@code <e/>}, and text cleaned of what XML 1.0 cannot hold. Always the JDK's own implementation, whatever
 * else is on the class path (a Maven build may bring another). StAX writes no DTD, so no entity is ever declared.
 */
final class XmlWriter implements AutoCloseable {
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements, whose end tag then goes on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    /** An element started but not yet written: it becomes {@code <e/>} if it ends with nothing inside. */
    private String pendingName;
    private final List<String[]> pendingAttributes = new ArrayList<>();

    XmlWriter(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlWriter start(String name) throws IOException {
        flushPending(false);
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        pendingName = name;
        open.push(false);
        return this;
    }

    XmlWriter attribute(String name, String value) {
        pendingAttributes.add(new String[] {name, SafeText.xml(value)});
        return this;
    }

    XmlWriter attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    /** Text content of the current element, which then has no child elements. */
    XmlWriter text(String value) throws IOException {
        flushPending(false);
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
            if (pendingName != null) {
                flushPending(true);
                return this;
            }
            if (hasChildElements) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    private void flushPending(boolean empty) throws IOException {
        if (pendingName == null) {
            return;
        }
        try {
            xml.writeCharacters("\n" + "  ".repeat(open.size() - (empty ? 0 : 1)));
            if (empty) {
                xml.writeEmptyElement(pendingName);
            } else {
                xml.writeStartElement(pendingName);
            }
            for (String[] attribute : pendingAttributes) {
                xml.writeAttribute(attribute[0], attribute[1]);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        pendingName = null;
        pendingAttributes.clear();
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
