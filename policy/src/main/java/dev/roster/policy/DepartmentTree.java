package dev.roster.policy;

import dev.roster.model.Department;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The departments of the organisation by id, with their parents, for conditions that include
 * sub-departments. Each department's ancestors are computed when the tree is built. Immutable and
 * thread-safe. A cycle in the parent links (bad HR data) ends the
 * walk up instead of looping.
 */
public final class DepartmentTree {

    private static final DepartmentTree EMPTY = new DepartmentTree(Map.of());

    private final Map<String, String> parents;
    private final Map<String, String[]> lineages;

    private DepartmentTree(Map<String, String> parents) {
        this.parents = parents;
        Map<String, String[]> l = new HashMap<>();
        for (String id : parents.keySet()) {
            l.put(id, lineage(id).toArray(String[]::new));
        }
        this.lineages = l;
    }

    /** The tree of {@code departments}; later duplicates of an id replace earlier ones. */
    public static DepartmentTree of(Collection<Department> departments) {
        Map<String, String> parents = new HashMap<>();
        for (Department d : departments) {
            parents.put(d.id(), d.parentId());
        }
        return new DepartmentTree(Map.copyOf(parents));
    }

    /** A tree without departments: every department is only itself. */
    public static DepartmentTree empty() {
        return EMPTY;
    }

    /** True when {@code id} or one of its ancestors is in {@code ids}. */
    public boolean within(String id, Set<String> ids) {
        String[] lineage = lineages.get(id);
        if (lineage == null) {
            return ids.contains(id);
        }
        for (String d : lineage) {
            if (ids.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** {@code id} and its ancestors, nearest first. */
    public List<String> lineage(String id) {
        List<String> out = new ArrayList<>();
        String current = id;
        while (!current.isEmpty() && out.size() <= parents.size() && !out.contains(current)) {
            out.add(current);
            current = parents.getOrDefault(current, "");
        }
        return out;
    }

    public int size() {
        return parents.size();
    }
}
