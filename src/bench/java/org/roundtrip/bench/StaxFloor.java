package org.roundtrip.bench;

import com.ctc.wstx.stax.WstxInputFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The floor for reading an .xlsx: one StAX pass over the shared strings and the sheet XML, counting
 * strings and cells and doing nothing else. No reader of the same file can be faster by much.
 */
public final class StaxFloor {

    private StaxFloor() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        // Woodstox by default (the floor of issue 8); -Dfloor.parser=aalto for the parser our reader uses
        XMLInputFactory f = "aalto".equals(System.getProperty("floor.parser"))
                ? new com.fasterxml.aalto.stax.InputFactoryImpl() : new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long strings = 0;
        long cells = 0;
        try (ZipFile zip = new ZipFile(Path.of(args[0]).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                boolean sst = e.getName().equals("xl/sharedStrings.xml");
                boolean sheet = e.getName().startsWith("xl/worksheets/sheet");
                if (!sst && !sheet) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    XMLStreamReader x = f.createXMLStreamReader(in);
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT) {
                            String n = x.getLocalName();
                            if (sst && "t".equals(n)) {
                                x.getElementText();
                                strings++;
                            } else if (sheet && "v".equals(n)) {
                                x.getElementText();
                                cells++;
                            }
                        }
                    }
                    x.close();
                }
            }
        }
        System.out.println(strings + " strings, " + cells + " cells");
    }
}
