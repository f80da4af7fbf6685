package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The filter strip above the views: date range, statuses, deal types and companies. It only edits a
 * {@link DashboardFilter} and hands the new one to the window; the window does the work elsewhere.
 */
final class FilterBar {

    private final JPanel panel = new JPanel(new MigLayout("insets 6 8 2 8, gap 6", "[][90!][][90!]16[][][]16[][]push[]"));
    private final JTextField from = dayField();
    private final JTextField to = dayField();
    private final Map<DealStatus, JCheckBox> statuses = new EnumMap<>(DealStatus.class);
    private final Map<DealType, JCheckBoxMenuItem> types = new EnumMap<>(DealType.class);
    private final JButton typesButton = new JButton();
    private final JButton companiesButton = new JButton();
    private final JButton reset = new JButton(Messages.get("filter.reset"));
    private final JPopupMenu companiesMenu = new JPopupMenu();
    private final JPopupMenu typesMenu = new JPopupMenu();
    private final Map<String, JCheckBoxMenuItem> companies = new LinkedHashMap<>();
    private final Consumer<DashboardFilter> onChange;
    private DashboardFilter filter = DashboardFilter.none();
    private boolean updating;

    FilterBar(Consumer<DashboardFilter> onChange) {
        this.onChange = onChange;
        panel.add(new JLabel(Messages.get("filter.from")));
        panel.add(from, "growx");
        panel.add(new JLabel(Messages.get("filter.to")));
        panel.add(to, "growx");
        for (DealStatus s : DealStatus.values()) {
            JCheckBox box = new JCheckBox(Messages.get("status." + s.name().toLowerCase(Locale.ROOT)));
            box.addActionListener(e -> changed());
            statuses.put(s, box);
            panel.add(box);
        }
        for (DealType t : DealType.values()) {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(typeLabel(t));
            // several types are usually ticked in a row: the menu stays open between clicks
            item.putClientProperty("CheckBoxMenuItem.doNotCloseOnMouseClick", true);
            item.addActionListener(e -> changed());
            types.put(t, item);
            typesMenu.add(item);
        }
        typesButton.addActionListener(e -> typesMenu.show(typesButton, 0, typesButton.getHeight()));
        companiesButton.addActionListener(e -> companiesMenu.show(companiesButton, 0, companiesButton.getHeight()));
        // on a narrow window (French at the 900-pixel minimum) these two give way, their text cut with
        // "…" (the tooltip keeps it whole), rather than push Reset out of sight
        for (JButton menu : new JButton[] {typesButton, companiesButton}) {
            panel.add(menu, "wmin 70, shrinkprio 200");
        }
        reset.setToolTipText(Messages.get("filter.reset.tip"));
        reset.addActionListener(e -> {
            setFilter(DashboardFilter.none());
            onChange.accept(filter);
        });
        panel.add(reset, "shrinkprio 0");
        for (JTextField field : new JTextField[] {from, to}) {
            field.addActionListener(e -> changed());
            field.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    changed();
                }
            });
        }
        setFilter(filter);
    }

    private static JTextField dayField() {
        JTextField field = new JTextField(9);
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("filter.day.placeholder"));
        field.setToolTipText(Messages.get("filter.day.tip"));
        return field;
    }

    static String typeLabel(DealType t) {
        return Messages.get("type." + t.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A day typed as ISO text ("2025-10-06"); empty when blank or not a date, so that the caller can
     * tell them apart with {@link String#isBlank()}.
     */
    static Optional<LocalDate> parseDay(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The Reset button (for tests). */
    JButton resetButton() {
        return reset;
    }

    JComponent component() {
        return panel;
    }

    /** The menus are not in the window while closed, so a theme switch must reach them by hand. */
    void updateMenusUI() {
        javax.swing.SwingUtilities.updateComponentTreeUI(typesMenu);
        javax.swing.SwingUtilities.updateComponentTreeUI(companiesMenu);
    }

    DashboardFilter filter() {
        return filter;
    }

    /** The companies the user may pick from: every company of the import. */
    void setCompanies(List<String> names) {
        companiesMenu.removeAll();
        companies.clear();
        JMenuItem all = new JMenuItem(Messages.get("filter.companies.all"));
        all.addActionListener(e -> {
            filter = filter.withCompanies(Set.of());
            setFilter(filter);
            onChange.accept(filter);
        });
        companiesMenu.add(all);
        companiesMenu.addSeparator();
        JPanel list = new JPanel(new MigLayout("wrap 1, insets 0, gap 0", "[grow, fill]"));
        for (String name : names) {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(name);
            item.putClientProperty("CheckBoxMenuItem.doNotCloseOnMouseClick", true);
            item.addActionListener(e -> changed());
            companies.put(name, item);
            list.add(item);
        }
        // a long list of companies scrolls instead of running off the screen
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setPreferredSize(new java.awt.Dimension(list.getPreferredSize().width + 24,
                Math.min(list.getPreferredSize().height + 4, 420)));
        companiesMenu.add(scroll);
        setFilter(filter);
    }

    /** Shows {@code newFilter} in the widgets without telling the window (it already knows). */
    void setFilter(DashboardFilter newFilter) {
        updating = true;
        try {
            filter = newFilter;
            from.setText(newFilter.from() == null ? "" : newFilter.from().toString());
            to.setText(newFilter.to() == null ? "" : newFilter.to().toString());
            from.putClientProperty(FlatClientProperties.OUTLINE, null);
            to.putClientProperty(FlatClientProperties.OUTLINE, null);
            statuses.forEach((s, box) -> box.setSelected(newFilter.statuses().contains(s)));
            types.forEach((t, item) -> item.setSelected(newFilter.types().contains(t)));
            companies.forEach((name, item) -> item.setSelected(newFilter.companies().contains(name)));
            int shownTypes = newFilter.types().size();
            typesButton.setText(shownTypes == DealType.values().length ? Messages.get("filter.types.all") + " ▾"
                    : Messages.get("filter.types.some", shownTypes) + " ▾");
            Set<String> chosen = newFilter.companies();
            companiesButton.setText((chosen.isEmpty() ? Messages.get("filter.companies.all")
                    : chosen.size() == 1 ? chosen.iterator().next()
                    : Messages.get("filter.companies.some", chosen.size())) + " ▾");
            // the whole text where a narrow window cuts the button's
            typesButton.setToolTipText(typesButton.getText().replace(" ▾", ""));
            companiesButton.setToolTipText(companiesButton.getText().replace(" ▾", ""));
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating) {
            return;
        }
        Optional<LocalDate> fromDay = parseDay(from.getText());
        Optional<LocalDate> toDay = parseDay(to.getText());
        boolean fromOk = from.getText().isBlank() || fromDay.isPresent();
        boolean toOk = to.getText().isBlank() || toDay.isPresent();
        from.putClientProperty(FlatClientProperties.OUTLINE, fromOk ? null : FlatClientProperties.OUTLINE_ERROR);
        to.putClientProperty(FlatClientProperties.OUTLINE, toOk ? null : FlatClientProperties.OUTLINE_ERROR);
        if (!fromOk || !toOk) {
            return;  // keep the last good filter until the day is readable
        }
        Set<DealStatus> shownStatuses = EnumSet.noneOf(DealStatus.class);
        statuses.forEach((s, box) -> {
            if (box.isSelected()) {
                shownStatuses.add(s);
            }
        });
        Set<DealType> shownTypes = EnumSet.noneOf(DealType.class);
        types.forEach((t, item) -> {
            if (item.isSelected()) {
                shownTypes.add(t);
            }
        });
        Set<String> shownCompanies = new TreeSet<>();
        companies.forEach((name, item) -> {
            if (item.isSelected()) {
                shownCompanies.add(name);
            }
        });
        DashboardFilter next = new DashboardFilter(fromDay.orElse(null), toDay.orElse(null), shownStatuses,
                shownCompanies, shownTypes);
        if (!next.equals(filter)) {
            setFilter(next);
            onChange.accept(next);
        }
    }
}
