// API: one alert with its properties and the entities it concerns.
MATCH (x:Alert {alert_id: $id})
OPTIONAL MATCH (x)-[:CONCERNS]->(s)
RETURN properties(x) AS alert, collect(s) AS subjects
