package org.roundtrip.export;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NotesSlidesTest {

    @Test
    void aDeckWithNotesIsByteForByteTheDeckPoiMakes() throws IOException {
        Map<String, byte[]> poi = parts(deck((deck, slide) -> deck.getNotesSlide(slide)));
        Map<String, byte[]> ours = parts(deck(new BiFunction<>() {
            NotesSlides notes;

            @Override
            public XSLFNotes apply(XMLSlideShow deck, XSLFSlide slide) {
                if (notes == null) {
                    notes = new NotesSlides(deck);
                }
                return notes.of(slide);
            }
        }));
        assertThat(ours.keySet()).isEqualTo(poi.keySet()).contains("ppt/notesSlides/notesSlide4.xml");
        poi.forEach((name, bytes) -> assertThat(new String(ours.get(name), java.nio.charset.StandardCharsets.UTF_8))
                .as(name).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aSlideKeepsTheNotesItHas() {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlide slide = deck.createSlide();
            NotesSlides notes = new NotesSlides(deck);
            assertThat(notes.of(slide)).isSameAs(notes.of(slide)).isSameAs(slide.getNotes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Four slides with notes in a plain deck, the notes slides made by {@code notesOf}. */
    private static byte[] deck(BiFunction<XMLSlideShow, XSLFSlide, XSLFNotes> notesOf) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            deck.setPageSize(new Dimension(960, 540));
            for (int i = 1; i <= 4; i++) {
                XSLFSlide slide = deck.createSlide(deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
                slide.createTextBox().setText("Slide " + i);
                XSLFNotes notes = notesOf.apply(deck, slide);
                for (XSLFShape shape : notes.getShapes()) {
                    if (shape instanceof XSLFTextShape t && t.getTextType() == Placeholder.BODY) {
                        t.setText("What to say on slide " + i + "\nand a second line");
                    }
                }
            }
            deck.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> parts(byte[] pptx) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
