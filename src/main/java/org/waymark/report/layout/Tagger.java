package org.waymark.report.layout;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure tree that makes the pack accessible (PDF/UA): every drawn thing is either inside a marked-content
 * sequence that a structure element owns (by MCID) or an artifact. Each leaf element lives on one page, and the
 * parent tree that maps a page's MCIDs back to elements is written once at the end.
 */
public final class Tagger {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, List<PDStructureElement>> mcidOwners = new IdentityHashMap<>();
    private final List<PDPage> pageOrder = new ArrayList<>();

    public Tagger(PDDocument doc, String language) {
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
        doc.getDocumentCatalog().setLanguage(language);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    public PDStructureElement document() { return document; }

    public PDStructureElement add(PDStructureNode parent, String type, PDPage page) {
        PDStructureElement e = new PDStructureElement(type, parent);
        if (page != null) e.setPage(page);
        parent.appendKid(e);
        return e;
    }

    /** A figure with its alternative text and the box it occupies (PDF/UA asks for both). */
    public PDStructureElement figure(PDStructureNode parent, PDPage page, String alt, PDRectangle box) {
        PDStructureElement f = add(parent, "Figure", page);
        f.setAlternateDescription(alt);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
        f.addAttribute(layout);
        return f;
    }

    /** Opens a marked-content sequence owned by {@code owner}; close it with {@link #end}. */
    public void begin(PDPageContentStream cs, PDPage page, PDStructureElement owner) {
        List<PDStructureElement> owners = mcidOwners.computeIfAbsent(page, p -> { pageOrder.add(p); return new ArrayList<>(); });
        int mcid = owners.size();
        owners.add(owner);
        if (owner.getPage() == null) owner.setPage(page);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        try {
            cs.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(props));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        owner.appendKid(mcid);
    }

    public void end(PDPageContentStream cs) {
        try {
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void beginArtifact(PDPageContentStream cs) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the parent tree; call once, after the last page is drawn. */
    public void finish() {
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        int key = 0;
        for (PDPage page : pageOrder) {
            COSArray arr = new COSArray();
            for (PDStructureElement e : mcidOwners.get(page)) arr.add(e);
            page.setStructParents(key);
            numbers.put(key, new PDParentTreeValue(arr));
            key++;
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
    }
}
