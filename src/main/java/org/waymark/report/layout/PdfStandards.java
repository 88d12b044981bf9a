package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;

/**
 * What makes the file PDF/A-2b and announces PDF/UA-1: an sRGB output intent, XMP metadata that matches the
 * document information, and a title the viewer shows instead of the file name.
 */
public final class PdfStandards {

    static final String PRODUCER = "Waymark (Apache PDFBox)";

    /** xmpbox has no pdfuaid schema, and PDF/A wants any non-standard schema declared, so both go in as raw XMP. */
    private static final String UA_XMP = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates which part of ISO 14289 the file follows</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>
            """;

    private PdfStandards() {}

    /** The Waymark namespace for the audit-chain anchor, declared as a PDF/A extension schema as PDF/A requires. */
    public static final String WAYMARK_NS = "https://waymark.app/ns/audit/1.0/";

    /** One property of the Waymark schema: its name, XMP value type, description and value (text, or a list for "Seq Text"). */
    public record Property(String name, String type, String description, Object value) {}

    /**
     * Properties of the Waymark namespace as XMP, declared as a PDF/A extension schema: the chain head the pack was
     * made at and its figures, so {@code verify} can read them back. Returns the declaration and the values.
     */
    public static String[] waymarkXmp(java.util.List<Property> props) {
        StringBuilder sb = new StringBuilder("<rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>Waymark audit anchor</pdfaSchema:schema>"
                + "<pdfaSchema:namespaceURI>" + WAYMARK_NS + "</pdfaSchema:namespaceURI><pdfaSchema:prefix>waymark</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq>");
        StringBuilder value = new StringBuilder("<rdf:Description rdf:about=\"\" xmlns:waymark=\"").append(WAYMARK_NS).append("\">");
        for (Property p : props) {
            sb.append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p.name()).append("</pdfaProperty:name><pdfaProperty:valueType>")
                    .append(p.type()).append("</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
                    .append(p.description()).append("</pdfaProperty:description></rdf:li>");
            value.append("<waymark:").append(p.name()).append('>');
            if (p.value() instanceof java.util.List<?> items) {
                value.append("<rdf:Seq>");
                for (Object item : items) value.append("<rdf:li>").append(xml(String.valueOf(item))).append("</rdf:li>");
                value.append("</rdf:Seq>");
            } else {
                value.append(xml(String.valueOf(p.value())));
            }
            value.append("</waymark:").append(p.name()).append('>');
        }
        sb.append("</rdf:Seq></pdfaSchema:property></rdf:li>");
        value.append("</rdf:Description>");
        return new String[]{sb.toString(), value.toString()};
    }

    private static String xml(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /** A document that carries no audit anchor (a single chart, not a board pack). */
    public static void apply(PDDocument doc, String title, String author, String subject, Calendar created) {
        apply(doc, title, author, subject, created, new String[]{"", ""});
    }

    /** {@code extra} is one more declared schema and its values, as {@link #waymarkXmp} gives them. */
    public static void apply(PDDocument doc, String title, String author, String subject, Calendar created, String[] extra) {
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setSubject(subject);
            info.setCreator("Waymark");
            info.setProducer(PRODUCER);
            info.setCreationDate(created);
            info.setModificationDate(created);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(author);
            dc.setDescription(subject);
            dc.addLanguage("en-GB");
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Waymark");
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            String xml = out.toString(StandardCharsets.UTF_8).replace("</rdf:RDF>", UA_XMP.replace("</rdf:Bag></pdfaExtension:schemas>", extra[0] + "</rdf:Bag></pdfaExtension:schemas>")
                    + extra[1] + "</rdf:RDF>");
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);

            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);

            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            doc.getDocumentCatalog().setViewerPreferences(prefs);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the PDF/A metadata", e);
        }
    }
}
