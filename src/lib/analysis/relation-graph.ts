/**
 * The layout of the graph of who disputes and supports whom, drawn as inline SVG at build time:
 * actors on a circle, one arrow per relation between two actors, its width the number of claims.
 * Deterministic: the same relations always give the same drawing.
 */
import type { ActorRelation } from './analysis.ts';

export interface GraphNode {
	id: string;
	label: string;
	x: number;
	y: number;
	/** Where the label sits: beside the node, away from the centre. */
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge {
	from: string;
	to: string;
	kind: 'disputes' | 'supports';
	count: number;
	/** SVG path data: a slight curve, so the two directions between a pair do not overlap. */
	path: string;
	width: number;
}

export interface GraphLayout {
	width: number;
	height: number;
	nodeRadius: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the relations: actors in order of name around a circle. */
export function layoutRelations(relations: readonly ActorRelation[], { width = 760, height = 560 } = {}): GraphLayout {
	const actors = [...new Map(relations.flatMap((r) => [r.from, r.to]).map((actor) => [actor.id, actor])).values()].sort(
		(a, b) => a.label.localeCompare(b.label),
	);
	const nodeRadius = 9;
	const cx = width / 2;
	const cy = height / 2;
	const radius = Math.min(width, height) / 2 - 90;
	const nodes: GraphNode[] = actors.map((actor, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(actors.length, 1);
		const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
		return {
			id: actor.id,
			label: actor.label,
			x: round(cx + radius * dx),
			y: round(cy + radius * dy),
			labelX: round(cx + (radius + 16) * dx),
			labelY: round(cy + (radius + 16) * dy + 5),
			anchor: Math.abs(dx) < 0.2 ? 'middle' : dx > 0 ? 'start' : 'end',
		};
	});
	const at = new Map(nodes.map((node) => [node.id, node]));
	const edges = relations.map((relation): GraphEdge => {
		const a = at.get(relation.from.id)!;
		const b = at.get(relation.to.id)!;
		const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
		// Start and end at the circles' edges (the end a little further, for the arrowhead).
		const [sx, sy] = [a.x + ux * (nodeRadius + 2), a.y + uy * (nodeRadius + 2)];
		const [ex, ey] = [b.x - ux * (nodeRadius + 6), b.y - uy * (nodeRadius + 6)];
		// Bend to the right of the direction of travel: A→B and B→A curve apart.
		const bend = 0.12 * length;
		const [mx, my] = [(sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend];
		return {
			from: relation.from.id,
			to: relation.to.id,
			kind: relation.kind,
			count: relation.count,
			path: `M${round(sx)} ${round(sy)} Q${round(mx)} ${round(my)} ${round(ex)} ${round(ey)}`,
			width: Math.min(1.5 + relation.count, 6),
		};
	});
	return { width, height, nodeRadius, nodes, edges };
}
