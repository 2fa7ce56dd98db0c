/**
 * Text files as the CLI and the Maven plugin read and write them: strict decoding (a byte order mark wins, a
 * malformed byte is an error naming its offset, a NUL byte means binary), a size limit, and atomic writes that
 * keep the encoding, the byte order mark, the line endings and the permissions of the file they replace.
 */
package org.copydesk.core.io;
