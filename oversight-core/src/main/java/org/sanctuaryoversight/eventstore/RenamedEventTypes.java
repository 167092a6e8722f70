package org.sanctuaryoversight.eventstore;

import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Stored names are forever: every stored event carries the name of its class. When a class moves or is renamed,
 * the old name is mapped to the new one here, so events written before the move read as the new class, unchanged
 * in content and revision. Each capability declares its own moves (for example {@code ComplaintModule.RENAMED_TYPES});
 * {@code StoredDataFixtureTest} proves that events written by earlier code keep loading.
 */
public final class RenamedEventTypes extends SingleEventUpcaster {

    private final Map<String, String> newNameByOldName;

    public RenamedEventTypes(Map<String, String> newNameByOldName) {
        this.newNameByOldName = Map.copyOf(newNameByOldName);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return newName(representation.getType().getName()) != null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return renamed(representation, newName(representation.getType().getName()), representation.getContentType());
    }

    /** The new name of a moved class, or of a class nested in a moved class ({@code Outer$Inner}); null if not moved. */
    String newName(String storedName) {
        String exact = newNameByOldName.get(storedName);
        int nested = storedName.indexOf('$');
        if (exact != null || nested < 0) {
            return exact;
        }
        String outer = newNameByOldName.get(storedName.substring(0, nested));
        return outer == null ? null : outer + storedName.substring(nested);
    }

    private static <T> IntermediateEventRepresentation renamed(IntermediateEventRepresentation representation,
                                                               String newName, Class<T> contentType) {
        return representation.upcastPayload(new SimpleSerializedType(newName, representation.getType().getRevision()),
                contentType, payload -> payload);
    }
}
