/**
 * The {@code .roundtrip} workspace file: an SQLite database that keeps every import (its files'
 * names and SHA-256, the time, the mapping used and the rows as imported) so that this month's
 * workbooks can be compared with last month's, plus the user's filters, chart titles and saved
 * mapping templates (DESIGN.md, "workspace"; docs/decisions/0004-workspace-file.md).
 *
 * <p>Depends on the model only. Every call blocks on disk I/O: the window calls it from a
 * {@code SwingWorker}, never on the event thread.
 */
package org.roundtrip.workspace;
