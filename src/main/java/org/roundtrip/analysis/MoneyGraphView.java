package org.roundtrip.analysis;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A {@link MoneyGraph} seen as a read-only JGraphT graph, so that JGraphT's algorithms run on its
 * arrays: vertices are company numbers, edges are edge numbers. Copying a hundred thousand edges into
 * a JGraphT {@code DefaultDirectedGraph} took longer than the whole cycle search (ADR 0002).
 */
final class MoneyGraphView extends AbstractGraph<Integer, Integer> {

    private final MoneyGraph graph;

    MoneyGraphView(MoneyGraph graph) {
        this.graph = graph;
    }

    @Override
    public Set<Integer> vertexSet() {
        return new Slice(null, 0, graph.names.length);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new Slice(null, 0, graph.edgeCount());
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer company) {
        assertVertexExist(company);
        return new Slice(null, graph.outStart[company], graph.outStart[company + 1]);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer company) {
        assertVertexExist(company);
        return new Slice(graph.inEdges, graph.inStart[company], graph.inStart[company + 1]);
    }

    @Override
    public Set<Integer> edgesOf(Integer company) {
        Set<Integer> edges = new java.util.LinkedHashSet<>(outgoingEdgesOf(company));
        edges.addAll(incomingEdgesOf(company));
        return edges;
    }

    @Override
    public int outDegreeOf(Integer company) {
        return outgoingEdgesOf(company).size();
    }

    @Override
    public int inDegreeOf(Integer company) {
        return incomingEdgesOf(company).size();
    }

    @Override
    public int degreeOf(Integer company) {
        return outDegreeOf(company) + inDegreeOf(company);
    }

    @Override
    public boolean containsVertex(Integer company) {
        return company != null && company >= 0 && company < graph.names.length;
    }

    @Override
    public boolean containsEdge(Integer edge) {
        return edge != null && edge >= 0 && edge < graph.edgeCount();
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        return graph.payer[edge];
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        return graph.recipient[edge];
    }

    @Override
    public Integer getEdge(Integer from, Integer to) {
        for (int edge = graph.outStart[from]; edge < graph.outStart[from + 1]; edge++) {
            if (graph.recipient[edge] == to) {
                return edge;
            }
        }
        return null;
    }

    @Override
    public Set<Integer> getAllEdges(Integer from, Integer to) {
        if (!containsVertex(from) || !containsVertex(to)) {
            return null;  // JGraphT's contract for unknown vertices
        }
        Integer edge = getEdge(from, to);
        return edge == null ? Set.of() : Set.of(edge);
    }

    @Override
    public GraphType getType() {
        return new DefaultGraphType.Builder().directed().allowMultipleEdges(false).allowSelfLoops(false)
                .weighted(true).modifiable(false).build();
    }

    @Override
    public double getEdgeWeight(Integer edge) {
        return graph.weightUsd[edge];
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer from, Integer to) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer from, Integer to, Integer edge) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer company) {
        throw readOnly();
    }

    @Override
    public Integer removeEdge(Integer from, Integer to) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer edge) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer company) {
        throw readOnly();
    }

    @Override
    public void setEdgeWeight(Integer edge, double weight) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the graph of deals is read-only");
    }

    /** The numbers from … to − 1, or values[from … to − 1]; distinct by construction. */
    private static final class Slice extends AbstractSet<Integer> {
        private final int[] values;
        private final int from;
        private final int to;

        Slice(int[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Integer number)) {
                return false;
            }
            if (values == null) {
                return number >= from && number < to;
            }
            for (int i = from; i < to; i++) {
                if (values[i] == number) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return values == null ? i : values[i];
                }
            };
        }
    }
}
