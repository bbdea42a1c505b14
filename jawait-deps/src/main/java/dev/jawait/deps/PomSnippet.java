package dev.jawait.deps;

import dev.jawait.JawaitException.BadArgumentsException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The dependencies and repositories of a POM, or of a snippet of one ({@code <dependencies>},
 * {@code <repositories>}, bare {@code <dependency>} elements), for JJava's {@code %loadFromPOM}:
 * coordinates for {@link SessionDependencies}, {@code ${property}} replaced from the POM's
 * {@code <properties>}; {@code test}, {@code provided} and {@code system} dependencies and those
 * under {@code <dependencyManagement>} or a plugin are left out. Parsed with the JDK's DOM, with
 * DTDs and external entities refused.
 *
 * @param coordinates  {@code G:A:V} or {@code G:A:EXT[:CLASSIFIER]:V}, in document order
 * @param repositories repository id to URL, in document order
 *
 * <p>Immutable and thread-safe.
 */
record PomSnippet(List<String> coordinates, Map<String, String> repositories) {
    private static final Set<String> SKIPPED_SCOPES = Set.of("test", "provided", "system");
    private static final Set<String> SKIPPED_PARENTS = Set.of("dependencyManagement", "plugin", "plugins", "exclusions");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    static PomSnippet parse(String xml) {
        String text = xml.strip();
        if (text.isEmpty()) {
            throw new BadArgumentsException("%loadFromPOM: no POM given (a file, or a cell with <dependencies> and <repositories>)");
        }
        if (text.startsWith("<?xml")) {
            text = text.substring(text.indexOf("?>") + 2);
        }
        Document document = read("<jawait-pom>" + text + "</jawait-pom>");
        Map<String, String> properties = new HashMap<>();
        for (Element props : elements(document, "properties")) {
            for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        List<String> coordinates = new ArrayList<>();
        for (Element dependency : elements(document, "dependency")) {
            if (underSkippedParent(dependency) || SKIPPED_SCOPES.contains(child(dependency, "scope", properties))) {
                continue;
            }
            String group = required(dependency, "groupId", properties);
            String artifact = required(dependency, "artifactId", properties);
            String version = required(dependency, "version", properties);
            String type = child(dependency, "type", properties);
            String classifier = child(dependency, "classifier", properties);
            String extension = type.isEmpty() ? "jar" : type;
            coordinates.add(classifier.isEmpty() && extension.equals("jar") ? group + ":" + artifact + ":" + version
                    : group + ":" + artifact + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier) + ":" + version);
        }
        Map<String, String> repositories = new LinkedHashMap<>();
        for (Element repository : elements(document, "repository")) {
            repositories.put(required(repository, "id", properties), required(repository, "url", properties));
        }
        if (coordinates.isEmpty() && repositories.isEmpty()) {
            throw new BadArgumentsException("%loadFromPOM: no <dependency> or <repository> found");
        }
        return new PomSnippet(List.copyOf(coordinates), Map.copyOf(repositories));
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new BadArgumentsException("%loadFromPOM: not well-formed XML: " + e.getMessage());
        } catch (Exception e) {
            throw new BadArgumentsException("%loadFromPOM: cannot read the POM: " + e.getMessage());
        }
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static boolean underSkippedParent(Element element) {
        for (Node parent = element.getParentNode(); parent instanceof Element e; parent = e.getParentNode()) {
            if (SKIPPED_PARENTS.contains(e.getTagName())) {
                return true;
            }
        }
        return false;
    }

    private static String child(Element element, String name, Map<String, String> properties) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals(name)) {
                return substitute(child.getTextContent().strip(), properties);
            }
        }
        return "";
    }

    private static String required(Element element, String name, Map<String, String> properties) {
        String value = child(element, name, properties);
        if (value.isEmpty()) {
            throw new BadArgumentsException("%loadFromPOM: a <" + element.getTagName() + "> without <" + name + ">"
                    + (name.equals("version") ? " (versions from a parent or a BOM are not looked up: give it)" : ""));
        }
        return value;
    }

    private static String substitute(String text, Map<String, String> properties) {
        Matcher m = PROPERTY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.get(m.group(1));
            if (value == null) {
                throw new BadArgumentsException("%loadFromPOM: ${" + m.group(1) + "} is not among the POM's <properties>");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
