package org.sanctuaryoversight.report.tables;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The reader's best attack, solved exactly: minimise and maximise one withheld cell subject to every equation the
 * published tables allow and every published bound, with ojAlgo's linear programming. The cells are counts, so the
 * bounds are rounded inwards to whole numbers. Only the equations connected to the cell take part (the others cannot
 * move it), which keeps each programme small.
 */
final class LinearProgrammingBounds {

    private static final double EPSILON = 1e-6;

    private final List<DisclosureAudit.Constraint> constraints;
    private final Map<CellRef, long[]> bounds;
    private final Map<CellRef, List<DisclosureAudit.Constraint>> byCell = new HashMap<>();

    LinearProgrammingBounds(List<DisclosureAudit.Constraint> constraints, Map<CellRef, long[]> bounds) {
        this.constraints = constraints;
        this.bounds = bounds;
        for (DisclosureAudit.Constraint constraint : constraints) {
            for (CellRef cell : constraint.cells()) {
                byCell.computeIfAbsent(cell, any -> new ArrayList<>()).add(constraint);
            }
        }
    }

    /** The tightest {@code [low, high]} a reader can derive for the cell (never wider than its known bounds). */
    long[] tightest(CellRef target) {
        long[] known = bounds.get(target);
        List<DisclosureAudit.Constraint> component = component(target);
        if (component.isEmpty()) {
            return known.clone();
        }
        double low = solve(target, component, false);
        double high = solve(target, component, true);
        long lower = Double.isNaN(low) ? known[0] : Math.max(known[0], (long) Math.ceil(low - EPSILON));
        long upper = Double.isNaN(high) || high >= DisclosureAudit.UNBOUNDED ? known[1]
                : Math.min(known[1], (long) Math.floor(high + EPSILON));
        return new long[] {lower, Math.max(lower, upper)};
    }

    /** Every equation reachable from the target through shared cells. */
    private List<DisclosureAudit.Constraint> component(CellRef target) {
        Set<DisclosureAudit.Constraint> seen = new HashSet<>();
        Set<CellRef> visited = new HashSet<>();
        Deque<CellRef> queue = new ArrayDeque<>(List.of(target));
        List<DisclosureAudit.Constraint> component = new ArrayList<>();
        while (!queue.isEmpty()) {
            CellRef cell = queue.poll();
            if (!visited.add(cell) || isFixed(cell) && !cell.equals(target)) {
                continue;
            }
            for (DisclosureAudit.Constraint constraint : byCell.getOrDefault(cell, List.of())) {
                if (seen.add(constraint)) {
                    component.add(constraint);
                    queue.addAll(constraint.cells());
                }
            }
        }
        return component;
    }

    /** An exact cell is a constant: it links nothing. */
    private boolean isFixed(CellRef cell) {
        long[] bound = bounds.get(cell);
        return bound[0] == bound[1];
    }

    /** The optimum of the target over the component, or NaN when the programme cannot be solved (then the known bound stands). */
    private double solve(CellRef target, List<DisclosureAudit.Constraint> component, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<CellRef, Variable> variables = new LinkedHashMap<>();
        for (DisclosureAudit.Constraint constraint : component) {
            Expression equation = model.addExpression().level(0);
            for (int i = 0; i < constraint.cells().size(); i++) {
                CellRef cell = constraint.cells().get(i);
                Variable variable = variables.computeIfAbsent(cell, any -> variable(model, cell));
                equation.set(variable, constraint.coefficients().get(i));
            }
        }
        variables.get(target).weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? DisclosureAudit.UNBOUNDED : Double.NaN;
        }
        // the objective is the target itself (weight 1)
        return result.getState().isFeasible() ? result.getValue() : Double.NaN;
    }

    private Variable variable(ExpressionsBasedModel model, CellRef cell) {
        long[] bound = bounds.get(cell);
        Variable variable = model.addVariable(cell.toString()).lower(bound[0]);
        return bound[1] >= DisclosureAudit.UNBOUNDED ? variable : variable.upper(bound[1]);
    }
}
