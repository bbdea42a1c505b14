package dev.jawait.kernel.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the kernel's logo (a coffee-coloured tile with a white "waiting" arc and dot) as a PNG,
 * with shapes only, so it needs no fonts.
 *
 * <p>Stateless and thread-safe.
 */
final class Logo {
    private Logo() {}

    static BufferedImage image(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x8B, 0x4A, 0x1C));
            int arcCorner = size / 4;
            g.fillRoundRect(0, 0, size, size, arcCorner, arcCorner);
            g.setColor(Color.WHITE);
            float stroke = size / 8f;
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double inset = size * 0.2;
            g.draw(new Arc2D.Double(inset, inset, size - 2 * inset, size - 2 * inset, 90, -270, Arc2D.OPEN));
            double dot = size * 0.18;
            g.fill(new java.awt.geom.Ellipse2D.Double((size - dot) / 2, (size - dot) / 2, dot, dot));
        } finally {
            g.dispose();
        }
        return image;
    }

    static void write(Path file, int size) throws IOException {
        if (!ImageIO.write(image(size), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
