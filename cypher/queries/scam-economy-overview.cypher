// ---
// title: The scam economy at a glance
// description: Scam types, the compounds known for them, who operates those compounds, and the crackdowns that targeted them.
// tags: [overview, scams]
// result: graph
// columns: [scam, link, other]
// ---
MATCH (scam:ScamType)-[link]-(other:Entity)
WHERE scam.dataset IN $datasets AND (other:Compound OR other:Event OR other:Organization)
RETURN scam, link, other
UNION
MATCH (scam:ScamType)--(:Compound)<-[link:OPERATES]-(other:Organization)
WHERE scam.dataset IN $datasets
RETURN scam, link, other
