package org.copydesk.lsp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MessageSizeGuardTest {
    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String through(String input, long limit) throws IOException {
        try (MessageSizeGuard guard = new MessageSizeGuard(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), limit)) {
            return new String(guard.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void messagesWithinTheLimit_passUnchanged() throws IOException {
        String input = frame("{\"id\":1}") + frame("{\"method\":\"é\"}") + "Content-Length: 3\r\nContent-Type: x\r\n\r\nabc";
        assertEquals(input, through(input, 100));
    }

    @Test
    void aRequestOverTheLimit_becomesTheTooLargeRequestWithItsId() throws IOException {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":\"a-7\",\"method\":\"x\",\"params\":\"" + "y".repeat(500) + "\"}";
        String after = frame("{\"id\":2}");
        assertEquals(frame("{\"jsonrpc\":\"2.0\",\"id\":\"a-7\",\"method\":\"copydesk/requestTooLarge\",\"params\":{\"size\":"
                + big.length() + ",\"limit\":100}}") + after, through(frame(big) + after, 100));
    }

    @Test
    void aNotificationOverTheLimit_becomesTheTooLargeNotification() throws IOException {
        String big = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"" + "y".repeat(500) + "\"}";
        assertEquals(frame("{\"jsonrpc\":\"2.0\",\"method\":\"copydesk/notificationTooLarge\",\"params\":{\"size\":" + big.length()
                + ",\"limit\":100}}"), through(frame(big), 100));
    }

    @Test
    void aLengthBeyondAnyNumber_isTooLarge_andTheInputEnds() throws IOException {
        String output = through("Content-Length: 99999999999999999999999\r\n\r\n{\"id\":3}", 100);
        assertEquals(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"copydesk/requestTooLarge\",\"params\":{\"size\":" + Long.MAX_VALUE
                + ",\"limit\":100}}"), output);
    }
}
