package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application is {@code <distributable/>}: a session (with the Faces view state and the
 * view-scoped beans it holds) is replicated to the other nodes and read there after a node fails.
 * So every session-scoped and view-scoped bean, and everything it keeps in a field, must be
 * Serializable: checked here by type, recursively through the application's own classes (the
 * views, drafts and rows the beans hold) and through the beans' inner classes (e.g. a lazy data
 * model). Injected beans are the container's to check at deployment (EJBs and normal-scoped
 * beans are injected as serializable proxies), with one exception it lets through: Jakarta
 * Security's {@code SecurityContext} is a dependent bean whose implementation (Soteria's) is
 * declared Serializable but holds resolvers that are not. The inbox and the dashboard kept it:
 * Payara's session store then could not write the session's view maps at all ("Cannot serialize
 * session attribute ...activeViewMaps", after every inbox page in the browser journeys), so a
 * failover would have lost every open page of a screener's session.
 */
class SessionStateSerializableTest {

    /** Dependent beans of the container that cannot be written with a session (see above). */
    private static final Set<String> NOT_PASSIVATION_CAPABLE = Set.of("jakarta.security.enterprise.SecurityContext");

    private static final List<String> PASSIVATING_SCOPES = List.of("jakarta.enterprise.context.SessionScoped",
            "jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.ConversationScoped", "jakarta.faces.flow.FlowScoped");

    @Test
    void everythingKeptInTheSessionIsSerializable() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> c : webClasses()) {
            if (inPassivatingScope(c)) {
                beans.add(c);
                check(c, c.getSimpleName(), new HashSet<>(), problems);
            }
        }
        assertTrue(beans.size() >= 15, "found the session- and view-scoped beans: " + beans);
        assertTrue(problems.isEmpty(), "not Serializable, but kept in the session:\n" + String.join("\n", problems));
    }

    private static boolean inPassivatingScope(Class<?> c) {
        for (Annotation a : c.getAnnotations()) {
            if (PASSIVATING_SCOPES.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** A class kept in the session: Serializable itself, and its instance fields (for the application's own classes). */
    private static void check(Class<?> c, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(c) || c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
            return; // the implementations used (ArrayList, HashMap, List.of, Map.of ...) are Serializable; elements are checked by type
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        if (!c.getName().startsWith("app.banso.")) {
            return; // a library's Serializable class (PrimeFaces' LazyDataModel, java.time ...)
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("app.banso."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() && f.getName().startsWith("this$")) {
                    continue;
                }
                if (f.isAnnotationPresent(Inject.class)) {
                    if (NOT_PASSIVATION_CAPABLE.contains(f.getType().getName())) {
                        problems.add(path + "." + f.getName() + ": injected " + f.getType().getName() + " (not passivation capable)");
                    }
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), seen, problems);
            }
        }
        for (Class<?> inner : innerClassesOf(c)) {
            if (Serializable.class.isAssignableFrom(inner)) {
                check(inner, path + "$" + inner.getSimpleName(), seen, problems);
            }
        }
    }

    private static void checkType(Type t, String path, Set<Class<?>> seen, List<String> problems) {
        if (t instanceof Class<?> c) {
            check(c, path, seen, problems);
        } else if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", seen, problems);
            }
        } else if (t instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (t instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkType(bound, path, seen, problems);
            }
        }
    }

    /** Anonymous and member classes compiled from the class (e.g. {@code InboxBean$1}, a lazy data model). */
    private static List<Class<?>> innerClassesOf(Class<?> c) throws RuntimeException {
        List<Class<?>> inner = new ArrayList<>();
        for (Class<?> k : webClassesUnchecked()) {
            if (k.getName().startsWith(c.getName() + "$")) {
                inner.add(k);
            }
        }
        return inner;
    }

    private static List<Class<?>> cache;

    private static List<Class<?>> webClassesUnchecked() {
        try {
            return webClasses();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class of the web module's main code. */
    private static synchronized List<Class<?>> webClasses() throws Exception {
        if (cache != null) {
            return cache;
        }
        Path root = Path.of(CurrentUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.startsWith("app.banso.web.") && !name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                }
            }
        }
        cache = classes;
        return classes;
    }
}
