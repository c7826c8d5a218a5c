package app.banso.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in the pages' expressions ({@code #{r.id()}}, {@code #{'status.'.concat(s.name())}},
 * {@code #{formats.dateTime(r.submittedAt())}}) find their method once per class, name and number
 * of arguments, instead of on every call.
 *
 * <p>Jakarta EL's {@code BeanELResolver.invoke} asks {@code Class.getMethods()} on every call, and
 * that returns a fresh copy of every public method of the class (over a hundred for
 * {@code String}). A profile of the staff inbox at 50 users (issue 8, bench/RESULTS.md) put a quarter
 * of the table's rendering in those calls, and most of that in finding the method again.
 *
 * <p>Only the plain case is taken: a name that the class's public methods hold exactly once for that
 * number of arguments (so {@code toLowerCase()} is plain, {@code indexOf(x)} is not), none of them
 * with variable arguments, called without explicit parameter types. Its
 * arguments are coerced by the expression language ({@link ELContext#convertToType}) as the
 * standard resolver coerces them. Everything else (overloaded names, varargs, static calls on
 * classes, methods that cannot be made accessible) is left unresolved here, so the standard
 * resolvers answer it exactly as before. Registered in {@code faces-config.xml}, ahead of them.
 */
public final class MethodCallResolver extends ELResolver {

    private final Map<Class<?>, Map<String, Optional<Method>>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        int count = params == null ? 0 : params.length;
        Method target = find(base.getClass(), method.toString(), count);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return target.invoke(base, arguments);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause()); // wrapped as Jakarta EL's own resolver wraps it
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        }
    }

    /** The one public method of that name and argument count, or null when the name is not plain. */
    Method find(Class<?> type, String name, int count) {
        return methods.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name + '/' + count, key -> plain(type, name, count))
                .orElse(null);
    }

    private static Optional<Method> plain(Class<?> type, String name, int count) {
        Method found = null;
        for (Method candidate : type.getMethods()) {
            if (!candidate.getName().equals(name) || candidate.isBridge()) {
                continue;
            }
            if (candidate.isVarArgs()) {
                return Optional.empty(); // a varargs overload could take any count: the standard resolver chooses
            }
            if (candidate.getParameterCount() != count) {
                continue;
            }
            if (found != null) {
                return Optional.empty(); // overloaded for this count: the standard resolver chooses
            }
            found = candidate;
        }
        // trySetAccessible: false for a class this module may not reach (a JDK-internal package)
        if (found == null || Modifier.isStatic(found.getModifiers()) || !found.trySetAccessible()) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // property values are the standard resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
