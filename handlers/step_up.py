from handlers.request_kind import RequestHandler


class StepUp(RequestHandler):
    name = "step_up"
    description = "An Early Help practitioner asks for a family to step up to children's social care."
