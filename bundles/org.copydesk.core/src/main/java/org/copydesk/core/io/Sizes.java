package org.copydesk.core.io;

import java.util.Locale;

/** File sizes as people write them: {@code 512}, {@code 64k}, {@code 32MB}, {@code 1g}. */
public final class Sizes {
    private Sizes() {
    }

    /** Parses a size in bytes with an optional k/m/g suffix (powers of 1024, a trailing {@code b} allowed). */
    public static long parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("b")) {
            value = value.substring(0, value.length() - 1);
        }
        long unit = 1;
        if (!value.isEmpty()) {
            switch (value.charAt(value.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
        }
        String digits = unit == 1 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits.trim());
            if (number < 0 || number > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return number * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a size such as 500k or 32MB, got '" + text + "'");
        }
    }

    /** A size for messages: bytes below 1 KB, else KB, MB or GB with one decimal where it helps. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
