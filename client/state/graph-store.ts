// The data behind the drawing: every node, edge and source fetched so far, and how far each node's neighbours have been paged.
import type { GraphEdge, GraphNode, Neighbourhood, SourceSummary } from '@contract/graph.ts';

/** Nodes, edges and the sources they cite, as a neighbourhood or a query's result carries them. */
export interface GraphPart {
  nodes: GraphNode[];
  edges: GraphEdge[];
  sources: Record<string, SourceSummary>;
}

export interface Paging {
  /** Neighbours fetched so far, i.e. the skip for the next page. */
  loaded: number;
  total: number;
}

export class GraphStore {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly sources = new Map<string, SourceSummary>();
  private readonly pages = new Map<string, Paging>();
  private readonly listeners = new Set<() => void>();

  node = (id: string): GraphNode | undefined => this.nodes.get(id);
  edge = (id: string): GraphEdge | undefined => this.edges.get(id);
  source = (id: string): SourceSummary | undefined => this.sources.get(id);

  paging(id: string): Paging | undefined {
    return this.pages.get(id);
  }

  /** Neighbours not yet fetched for a node, or undefined before its first expansion. */
  remaining(id: string): number | undefined {
    const page = this.pages.get(id);
    return page ? Math.max(0, page.total - page.loaded) : undefined;
  }

  /** Records a page of a node's neighbourhood, as fetched with the given skip. */
  absorbPage(n: Neighbourhood, skip: number): void {
    this.absorb(n);
    const previous = this.pages.get(n.center.id)?.loaded ?? 0;
    this.pages.set(n.center.id, { loaded: Math.max(previous, skip + n.nodes.length), total: n.total });
    this.changed();
  }

  /** Keeps what a neighbourhood says without counting it as an expansion (e.g. a look-up for the panel). */
  absorb(n: Neighbourhood): void {
    this.absorbGraph({ nodes: [n.center, ...n.nodes], edges: n.edges, sources: n.sources });
  }

  /** Keeps any set of nodes and edges, e.g. the graph part of a query's result. */
  absorbGraph(part: GraphPart): void {
    for (const node of part.nodes) this.nodes.set(node.id, node);
    for (const edge of part.edges) this.edges.set(edge.id, edge);
    this.addSources(Object.values(part.sources));
  }

  addNode(node: GraphNode): void {
    this.nodes.set(node.id, node);
  }

  /** Forgets a deleted node (and the links touching it) or a deleted link. */
  remove(id: string): void {
    this.nodes.delete(id);
    this.edges.delete(id);
    for (const [key, edge] of this.edges) if (edge.source === id || edge.target === id) this.edges.delete(key);
    this.changed();
  }

  addSources(list: Iterable<SourceSummary>): void {
    for (const source of list) this.sources.set(source.id, source);
  }

  edgesTouching(id: string): GraphEdge[] {
    return [...this.edges.values()].filter((e) => e.source === id || e.target === id);
  }

  /** A name to show for an id, falling back to the id itself for things not yet fetched. */
  nameOf = (id: string): string => this.nodes.get(id)?.name ?? this.sources.get(id)?.title ?? id;

  /** Every node's paging, copied, so view history and shared links can put it back. */
  pagingEntries(): Array<[string, Paging]> {
    return [...this.pages].map(([id, p]) => [id, { ...p }]);
  }

  restorePaging(entries: Array<[string, Paging]>): void {
    this.pages.clear();
    for (const [id, p] of entries) this.pages.set(id, { ...p });
    this.changed();
  }

  clear(): void {
    this.pages.clear();
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
