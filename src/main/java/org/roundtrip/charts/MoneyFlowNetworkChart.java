package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealType;
import org.roundtrip.model.Names;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who pays whom: companies on an ellipse, each a disc whose area follows its annual revenue (a ring
 * when the revenue is unknown), and one arrow per payer → recipient whose width follows the sum of
 * known amounts and whose colour is the type of the largest deal. Edges that belong to a cycle get a
 * halo. Drawn in Java2D units inside the plot area, so discs stay round on any slide shape.
 */
public final class MoneyFlowNetworkChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String inCycle, String undisclosed) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("network.title"), text.text("network.inCycle"), text.text("network.undisclosed"));
        }
    }

    /** The colour of the cycle halo: Okabe–Ito vermillion, apart from every deal type's colour. */
    static final Color CYCLE = new Color(0xD55E00);

    private static final Map<DealType, Color> TYPE_COLOURS = new EnumMap<>(DealType.class);

    static {
        TYPE_COLOURS.put(DealType.EQUITY_INVESTMENT, new Color(0x0072B2));
        TYPE_COLOURS.put(DealType.EQUITY_WARRANT, new Color(0xCC79A7));
        TYPE_COLOURS.put(DealType.CLOUD_CONTRACT, new Color(0x009E73));
        TYPE_COLOURS.put(DealType.CLOUD_CREDITS, new Color(0x56B4E9));
        TYPE_COLOURS.put(DealType.CHIP_PURCHASE, new Color(0xE69F00));
        TYPE_COLOURS.put(DealType.CAPACITY_BACKSTOP, new Color(0x999933));
        TYPE_COLOURS.put(DealType.ACQUISITION, new Color(0x882255));
        TYPE_COLOURS.put(DealType.OTHER, new Color(0x999999));
    }

    /**
     * Prefix of the link text of each company disc's chart entity, followed by the company's name,
     * so that a chart panel can tell which company was clicked.
     */
    public static final String COMPANY_LINK = "company:";

    /**
     * Discs drawn at most, the "others" disc included: beyond this the companies with the largest
     * flows keep their own disc and the rest become one, said in a note under the title.
     */
    public static final int MAX_COMPANIES = 24;

    /** Arrows drawn at most (the largest flows), besides the flows of a cycle; said in a note when reached. */
    public static final int MAX_FLOWS = 150;

    private MoneyFlowNetworkChart() {
    }

    /**
     * @param deals     counted deals that are not self-deals; undisclosed ones draw a thin dashed arrow
     * @param companies every company's figures, for the disc sizes (null revenue: a ring)
     * @param cycles    the cycles found; their edges get a halo
     */
    public static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, List<Cycle> cycles,
                                    Labels labels, ChartTheme theme) {
        return create(deals, companies, cycles, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(List, List, List, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, List<Cycle> cycles,
                                    ChartText text, ChartTheme theme) {
        return create(deals, companies, cycles, Labels.of(text), text, theme);
    }

    private static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, List<Cycle> cycles,
                                     Labels labels, ChartText text, ChartTheme theme) {
        Map<String, Double> revenue = new TreeMap<>(Names.ORDER);
        companies.forEach(c -> revenue.put(c.name(), c.annualRevenueUsd()));
        // one pass over the deals for the companies and their known flows in and out, in a hash map of
        // a few hundred names: the payer → recipient flows themselves are gathered once it is known
        // which discs they join (on 100,000 deals, a map of every pair of companies was most of this chart)
        Map<String, double[]> volume = new HashMap<>();
        for (Deal deal : deals) {
            double known = deal.isDisclosed() ? deal.amountUsd() : 0;
            volume.computeIfAbsent(deal.payer(), k -> new double[1])[0] += known;
            volume.computeIfAbsent(deal.recipient(), k -> new double[1])[0] += known;
        }
        // gathered in a hash map, put in name order once: a sorted set compared names twice per deal
        Set<String> names = new TreeSet<>(Names.ORDER);
        names.addAll(volume.keySet());
        Set<List<String>> cycleEdges = new HashSet<>();
        for (Cycle cycle : cycles) {
            for (int i = 0; i + 1 < cycle.path().size(); i++) {
                cycleEdges.add(List.of(cycle.path().get(i), cycle.path().get(i + 1)));
            }
        }
        List<String> notes = new ArrayList<>();
        String others = null;
        // each company's disc: its own, or beyond a readable ring the "others" disc
        Map<String, String> disc = new HashMap<>();
        if (names.size() > MAX_COMPANIES) {
            // beyond a readable ring: the companies with the largest flows, the rest as one disc
            Set<String> kept = largest(names, volume, MAX_COMPANIES - 1);
            others = text.text("network.others", names.size() - kept.size());
            notes.add(text.text("network.aggregated", kept.size(), names.size(), names.size() - kept.size(), others));
            for (String name : volume.keySet()) {
                disc.put(name, kept.contains(name) ? name : others);
            }
            names = kept;
        } else {
            for (String name : volume.keySet()) {
                disc.put(name, name);
            }
        }
        Map<List<String>, Flow> flows = new LinkedHashMap<>();
        for (Deal deal : deals) {
            String payer = disc.get(deal.payer());
            String recipient = disc.get(deal.recipient());
            if (!payer.equals(recipient)) {
                flows.computeIfAbsent(List.of(payer, recipient), k -> new Flow(payer, recipient)).add(deal);
            }
        }
        if (flows.size() > MAX_FLOWS) {
            // the largest flows, and every flow of a cycle among the companies shown
            int all = flows.size();
            Map<List<String>, Flow> largestFlows = new LinkedHashMap<>();
            flows.entrySet().stream()
                    .sorted(java.util.Comparator.comparingDouble((Map.Entry<List<String>, Flow> e) -> -e.getValue().knownUsd))
                    .limit(MAX_FLOWS).forEach(e -> largestFlows.put(e.getKey(), e.getValue()));
            flows.forEach((edge, flow) -> {
                if (cycleEdges.contains(edge)) {
                    largestFlows.putIfAbsent(edge, flow);
                }
            });
            Map<List<String>, Flow> inOrder = new LinkedHashMap<>();
            flows.forEach((edge, flow) -> {
                if (largestFlows.containsKey(edge)) {
                    inOrder.put(edge, flow);
                }
            });
            notes.add(text.text("network.flowsCapped", inOrder.size(), all));
            flows = inOrder;
        }
        List<Node> nodes = new ArrayList<>();
        for (String name : names) {
            nodes.add(new Node(name, revenue.get(name), false));
        }
        String group = others;
        Set<List<String>> realEdges = new HashSet<>(flows.keySet());
        if (group != null) {
            realEdges.removeIf(e -> e.contains(group));
        }
        String hub = hub(names, realEdges);
        if (hub != null) {
            // the company most deals go through sits in the middle, so its arrows do not cross the ring
            nodes.removeIf(n -> n.name().equals(hub));
            nodes.add(0, new Node(hub, revenue.get(hub), false));
        }
        if (others != null) {
            nodes.add(new Node(others, null, true));  // last on the ring, whatever its name
        }

        XYSeries points = new XYSeries("companies");
        for (int i = 0; i < nodes.size(); i++) {
            points.add(Math.cos(angle(i, nodes.size())), Math.sin(angle(i, nodes.size())));
        }
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setRange(-1.5, 1.5);
            axis.setVisible(false);
        }
        XYLineAndShapeRenderer invisible = new XYLineAndShapeRenderer(false, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, invisible);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(text.text("network.noData"));
        Drawing drawing = new Drawing(nodes, hub != null, new ArrayList<>(flows.values()), cycleEdges, theme, text);
        plot.addAnnotation(drawing);

        LegendItemCollection legend = new LegendItemCollection();
        flows.values().stream().map(f -> f.type).distinct().sorted()
                .forEach(type -> legend.add(lineItem(text.dealType(type), TYPE_COLOURS.get(type), 4f)));
        if (flows.values().stream().anyMatch(f -> !f.anyDisclosed)) {
            LegendItem dashed = lineItem(labels.undisclosed(), new Color(0x999999), 2f);
            dashed.setLineStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {5f, 3f}, 0f));
            legend.add(dashed);
        }
        if (!cycleEdges.isEmpty()) {
            legend.add(lineItem(labels.inCycle(), withAlpha(CYCLE, 120), 9f));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessagePaint(theme.text());
        notes.forEach(note -> ChartNote.add(chart, note, theme));
        return chart;
    }

    /** The {@code n} companies with the largest known flows in and out ({@code volume}); ties by name. */
    private static Set<String> largest(Set<String> names, Map<String, double[]> volume, int n) {
        Set<String> kept = new TreeSet<>(Names.ORDER);
        names.stream().sorted(java.util.Comparator.comparingDouble((String c) -> -volume.get(c)[0])
                .thenComparing(Names.ORDER)).limit(n).forEach(kept::add);
        return kept;
    }

    /** "Nvidia → OpenAI → Oracle → Nvidia: 40 bn USD goes round", or the largest flow when there is no cycle. */
    public static String takeaway(List<Deal> deals, List<Cycle> cycles) {
        return takeaway(deals, cycles, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(List, List)}, in {@code text}'s language. */
    public static String takeaway(List<Deal> deals, List<Cycle> cycles, ChartText text) {
        for (Cycle cycle : cycles) {
            if (cycle.circulatingUsd() != null) {
                return text.text("network.takeaway.cycle", String.join(" → ", cycle.path()),
                        text.usd(cycle.circulatingUsd()));
            }
        }
        if (!cycles.isEmpty()) {
            return text.text("network.takeaway.cycleUndisclosed", String.join(" → ", cycles.get(0).path()));
        }
        return deals.stream().filter(Deal::isDisclosed)
                .max(java.util.Comparator.comparingDouble(Deal::amountUsd))
                .map(d -> text.text("network.takeaway.largest", d.payer(), d.recipient(), text.usd(d.amountUsd())))
                .orElse(text.text("network.takeaway.none"));
    }

    /**
     * The company linked to the most others, when it is linked to at least a third of them and there
     * are five companies or more (below that a ring is clear enough); null otherwise. Ties: first by name.
     */
    static String hub(Set<String> names, Set<List<String>> edges) {
        if (names.size() < 5) {
            return null;
        }
        Map<String, Set<String>> neighbours = new TreeMap<>(Names.ORDER);
        for (List<String> e : edges) {
            neighbours.computeIfAbsent(e.get(0), k -> new HashSet<>()).add(e.get(1));
            neighbours.computeIfAbsent(e.get(1), k -> new HashSet<>()).add(e.get(0));
        }
        String best = null;
        int degree = 0;
        for (Map.Entry<String, Set<String>> n : neighbours.entrySet()) {
            if (n.getValue().size() > degree) {
                best = n.getKey();
                degree = n.getValue().size();
            }
        }
        return degree * 3 >= names.size() - 1 ? best : null;
    }

    private static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / Math.max(n, 1);  // first company at the top, clockwise
    }

    private static LegendItem lineItem(String label, Color colour, float width) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-9, 0, 9, 0),
                new BasicStroke(width), colour);
        item.setShapeVisible(false);
        item.setLineVisible(true);
        return item;
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A company on the ellipse. */
    private record Node(String name, Double annualRevenueUsd, boolean group) implements java.io.Serializable {
    }

    /** Every counted deal from one payer to one recipient. */
    private static final class Flow implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final String payer;
        final String recipient;
        double knownUsd;
        boolean anyDisclosed;
        DealType type;
        private double largest = -1;

        Flow(String payer, String recipient) {
            this.payer = payer;
            this.recipient = recipient;
        }

        void add(Deal deal) {
            double amount = deal.isDisclosed() ? deal.amountUsd() : 0;
            if (deal.isDisclosed()) {
                knownUsd += amount;
                anyDisclosed = true;
            }
            if (amount > largest) {  // the colour is the type of the largest deal; first one on ties
                largest = amount;
                type = deal.type();
            }
        }
    }

    /** Draws the whole network in Java2D units; data coordinates only place the plot. */
    private static final class Drawing extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final List<Node> nodes;
        private final boolean hubInCentre;
        private final List<Flow> flows;
        private final Set<List<String>> cycleEdges;
        private final ChartTheme theme;
        private final transient ChartText text;

        Drawing(List<Node> nodes, boolean hubInCentre, List<Flow> flows, Set<List<String>> cycleEdges,
                ChartTheme theme, ChartText text) {
            this.nodes = nodes;
            this.hubInCentre = hubInCentre;
            this.flows = flows;
            this.cycleEdges = cycleEdges;
            this.theme = theme;
            this.text = text;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            if (nodes.isEmpty()) {
                return;
            }
            // one unit = one pixel of a 960×540 chart, so the drawing scales with the slide
            double unit = Math.min(area.getWidth() / 860, area.getHeight() / 420);
            // room outside the ring for a disc and two lines of label on every side
            double rx = area.getWidth() / 2 - 175 * unit;
            double ry = area.getHeight() / 2 - 80 * unit;
            double cx = area.getCenterX();
            double cy = area.getCenterY();
            double maxRevenue = nodes.stream().map(Node::annualRevenueUsd).filter(r -> r != null && r > 0)
                    .mapToDouble(Double::doubleValue).max().orElse(1);
            double maxFlow = flows.stream().mapToDouble(f -> f.knownUsd).max().orElse(1);
            Map<String, Point2D> at = new TreeMap<>(Names.ORDER);
            Map<String, Double> radius = new TreeMap<>(Names.ORDER);
            int first = hubInCentre ? 1 : 0;
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                double a = angle(i - first, nodes.size() - first);
                at.put(n.name(), i < first ? new Point2D.Double(cx, cy)
                        : new Point2D.Double(cx + rx * Math.cos(a), cy - ry * Math.sin(a)));
                double share = n.annualRevenueUsd() == null || n.annualRevenueUsd() <= 0 ? 0
                        : Math.sqrt(n.annualRevenueUsd() / maxRevenue);
                radius.put(n.name(), (9 + 31 * share) * unit);
            }

            Font amountFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * unit));
            List<Runnable> amountLabels = new ArrayList<>();
            for (boolean halo : new boolean[] {true, false}) {
                for (Flow f : flows) {
                    boolean inCycle = cycleEdges.contains(List.of(f.payer, f.recipient));
                    if (halo && !inCycle) {
                        continue;
                    }
                    Point2D p = at.get(f.payer);
                    Point2D q = at.get(f.recipient);
                    double dx = q.getX() - p.getX();
                    double dy = q.getY() - p.getY();
                    double len = Math.hypot(dx, dy);
                    if (len < 1) {
                        continue;
                    }
                    double ux = dx / len;
                    double uy = dy / len;
                    // bend to the right of the direction of travel, so A → B and B → A do not overlap
                    double bend = 0.12 * len;
                    Point2D control = new Point2D.Double((p.getX() + q.getX()) / 2 - uy * bend,
                            (p.getY() + q.getY()) / 2 + ux * bend);
                    Point2D start = towards(p, control, radius.get(f.payer) + 2 * unit);
                    Point2D end = towards(q, control, radius.get(f.recipient) + 3 * unit);
                    double width = (f.anyDisclosed ? 1.5 + 14 * Math.sqrt(f.knownUsd / maxFlow) : 1.5) * unit;
                    QuadCurve2D curve = new QuadCurve2D.Double(start.getX(), start.getY(), control.getX(),
                            control.getY(), end.getX(), end.getY());
                    if (halo) {
                        g2.setPaint(withAlpha(CYCLE, 110));
                        g2.setStroke(new BasicStroke((float) (width + 10 * unit), BasicStroke.CAP_ROUND,
                                BasicStroke.JOIN_ROUND));
                        g2.draw(curve);
                        continue;
                    }
                    double head = Math.max(9 * unit, width * 1.6);
                    // stop the line short of the tip so its width does not blunt the arrowhead
                    Point2D lineEnd = towards(end, control, head * 0.8);
                    QuadCurve2D shaft = new QuadCurve2D.Double(start.getX(), start.getY(), control.getX(),
                            control.getY(), lineEnd.getX(), lineEnd.getY());
                    Color colour = TYPE_COLOURS.get(f.type);
                    g2.setPaint(colour);
                    g2.setStroke(f.anyDisclosed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND)
                            : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {(float) (6 * unit), (float) (4 * unit)}, 0f));
                    g2.draw(shaft);
                    g2.fill(arrowHead(end, control, head));
                    if (!f.anyDisclosed) {
                        continue;  // dashed already says "undisclosed"; repeating it in words clutters
                    }
                    String amount = words().number(f.knownUsd);
                    double mx = 0.25 * start.getX() + 0.5 * control.getX() + 0.25 * end.getX();
                    double my = 0.25 * start.getY() + 0.5 * control.getY() + 0.25 * end.getY();
                    amountLabels.add(() -> {
                        g2.setFont(amountFont);
                        Rectangle2D box = TextUtils.getTextBounds(amount, g2, g2.getFontMetrics());
                        Rectangle2D back = new Rectangle2D.Double(mx - box.getWidth() / 2 - 3 * unit,
                                my - box.getHeight() / 2 - 1 * unit, box.getWidth() + 6 * unit,
                                box.getHeight() + 2 * unit);
                        g2.setPaint(withAlpha(theme.background(), 215));
                        g2.fill(back);
                        g2.setPaint(theme.text());
                        TextUtils.drawAlignedString(amount, g2, (float) mx, (float) my, TextAnchor.CENTER);
                    });
                }
            }
            amountLabels.forEach(Runnable::run);

            Font nameFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * unit));
            Font revenueFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * unit));
            for (Node n : nodes) {
                Point2D p = at.get(n.name());
                double r = radius.get(n.name());
                Ellipse2D disc = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
                g2.setPaint(n.annualRevenueUsd() == null ? theme.background() : theme.grid());
                g2.fill(disc);
                g2.setPaint(theme.subtleText());
                g2.setStroke(new BasicStroke((float) (1.5 * unit)));
                g2.draw(disc);
                // a hotspot per disc lets the window select a company by hovering or clicking it;
                // the others' disc is no company to select
                if (!n.group()) {
                    addEntity(info, disc, rendererIndex, n.name(), COMPANY_LINK + n.name());
                }
                // the label sits outside the ellipse, on the side facing away from its centre
                double ox = p.getX() - cx;
                double oy = p.getY() - cy;
                double d = Math.hypot(ox / rx, oy / ry);
                double nx = d == 0 ? 0 : ox / rx / d;
                double ny = d == 0 ? 1 : oy / ry / d;  // the centre's label goes under it
                double gap = r + 6 * unit;
                float lx = (float) (p.getX() + nx * gap);
                float ly = (float) (p.getY() + ny * gap);
                TextAnchor nameAnchor;
                TextAnchor revenueAnchor;
                if (Math.abs(nx) < 0.35) {
                    nameAnchor = ny < 0 ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
                    revenueAnchor = nameAnchor;
                } else if (nx > 0) {
                    nameAnchor = TextAnchor.BOTTOM_LEFT;
                    revenueAnchor = TextAnchor.TOP_LEFT;
                } else {
                    nameAnchor = TextAnchor.BOTTOM_RIGHT;
                    revenueAnchor = TextAnchor.TOP_RIGHT;
                }
                String revenueText = n.annualRevenueUsd() == null ? words().text("network.revenueUnknown")
                        : words().text("network.revenue", words().number(n.annualRevenueUsd()));
                float lineHeight = (float) (15 * unit);
                float nameY = ly;
                float revenueY = ly;
                if (nameAnchor == TextAnchor.BOTTOM_CENTER) {
                    nameY = ly - lineHeight;  // revenue under the name, both above the disc
                    revenueAnchor = TextAnchor.BOTTOM_CENTER;
                } else if (nameAnchor == TextAnchor.TOP_CENTER) {
                    revenueY = ly + lineHeight + 2 * (float) unit;
                }
                label(g2, n.name(), nameFont, theme.text(), lx, nameY, nameAnchor, unit);
                if (!n.group()) {
                    label(g2, revenueText, revenueFont, theme.subtleText(), lx, revenueY, revenueAnchor, unit);
                }
            }
        }

        /** The drawing's language; English after deserialisation, which does not keep it. */
        private ChartText words() {
            return text == null ? ChartText.ENGLISH : text;
        }

        /** Text on a patch of background, so arrows passing behind it do not hide it. */
        private void label(Graphics2D g2, String text, Font font, Color colour, float x, float y, TextAnchor anchor,
                           double unit) {
            g2.setFont(font);
            Rectangle2D box = TextUtils.calcAlignedStringBounds(text, g2, x, y, anchor);
            g2.setPaint(withAlpha(theme.background(), 200));
            g2.fill(new Rectangle2D.Double(box.getX() - 2 * unit, box.getY(), box.getWidth() + 4 * unit,
                    box.getHeight()));
            g2.setPaint(colour);
            TextUtils.drawAlignedString(text, g2, x, y, anchor);
        }

        private static Point2D towards(Point2D from, Point2D to, double distance) {
            double dx = to.getX() - from.getX();
            double dy = to.getY() - from.getY();
            double len = Math.hypot(dx, dy);
            return len == 0 ? from : new Point2D.Double(from.getX() + dx / len * distance,
                    from.getY() + dy / len * distance);
        }

        private static Path2D arrowHead(Point2D tip, Point2D control, double size) {
            double dx = tip.getX() - control.getX();
            double dy = tip.getY() - control.getY();
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            Path2D head = new Path2D.Double();
            head.moveTo(tip.getX(), tip.getY());
            head.lineTo(tip.getX() - ux * size - uy * size * 0.55, tip.getY() - uy * size + ux * size * 0.55);
            head.lineTo(tip.getX() - ux * size + uy * size * 0.55, tip.getY() - uy * size - ux * size * 0.55);
            head.closePath();
            return head;
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
