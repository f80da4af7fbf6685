package org.roundtrip.export;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;

/**
 * The notes slides of one deck, each as POI's {@link XMLSlideShow#getNotesSlide} makes it, without
 * POI's slow part. POI copies the notes master's shapes into every new notes slide and then copies
 * each shape's text and properties over one getter and setter at a time, looking every value up
 * through the master's styles: a tenth of a deck's export. The result is the same for every notes
 * slide of a deck (it depends on the notes master only), so POI makes the first one, and the others
 * get a copy of the first one's shapes as POI left them, with the same relations POI adds, in the
 * same order. {@code NotesSlidesTest} checks that a deck's parts come out byte for byte as POI's.
 */
final class NotesSlides {

    private final XMLSlideShow deck;
    /** The shapes of the first notes slide, as POI made them, before any text was put in. */
    private CTGroupShape firstShapes;

    NotesSlides(XMLSlideShow deck) {
        this.deck = deck;
    }

    /** {@code slide}'s notes slide, made if it has none. */
    XSLFNotes of(XSLFSlide slide) {
        XSLFNotes existing = slide.getNotes();
        if (existing != null) {
            return existing;
        }
        if (firstShapes == null || deck.getNotesMaster() == null) {
            XSLFNotes notes = deck.getNotesSlide(slide);
            firstShapes = (CTGroupShape) notes.getXmlObject().getCSld().getSpTree().copy();
            return notes;
        }
        // what XMLSlideShow.createNotesSlide does, but for the copy from the notes master
        int index;
        try {
            index = deck.getPackage().getUnusedPartIndex(XSLFRelation.NOTES.getDefaultFileName());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        XSLFNotes notes = (XSLFNotes) deck.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(), index);
        slide.addRelation(null, XSLFRelation.NOTES, notes);
        notes.addRelation(null, XSLFRelation.NOTES_MASTER, deck.getNotesMaster());
        notes.addRelation(null, XSLFRelation.SLIDE, slide);
        notes.getXmlObject().getCSld().getSpTree().set(firstShapes);
        return notes;
    }
}
