/**
 * Writes charts and analysis tables to files a presenter or a finance team keeps: PNG, SVG, PDF,
 * PPTX and XLSX. Every file is written beside its target and moved into place only when complete.
 * Depends on {@code charts}, {@code analysis} and {@code model} only.
 */
package org.roundtrip.export;
