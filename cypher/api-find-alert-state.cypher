// API: the workflow state of an alert (to tell "no such alert" from "not allowed in this state").
MATCH (x:Alert {alert_id: $id})
RETURN coalesce(x.workflow, 'open') AS workflow
