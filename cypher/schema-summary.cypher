// Labels, relationship types and property keys, for the editor's completion.
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
RETURN labels, relationshipTypes, propertyKeys
