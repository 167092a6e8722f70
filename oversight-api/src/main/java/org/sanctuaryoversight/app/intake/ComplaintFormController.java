package org.sanctuaryoversight.app.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The resident's complaint form and its receipt. They work without JavaScript, in the person's language, and never
 * put a receipt code in a URL or a log: the confirmation page is the answer to the form's POST (a redirect would
 * need the code in the URL or in server-side session state that a second instance does not share). Form and
 * confirmation are {@code no-store}.
 */
@Controller
record ComplaintFormController(IntakeForms forms) {

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(IntakeForms.FORM_FIELDS.toArray(String[]::new));
        IntakeForms.onlyFromTheBody(binder);
    }

    @GetMapping("/complaints/new")
    String form(Model model, Locale locale, HttpServletResponse response) {
        IntakeForms.noStore(response);
        return forms.formPage(model, new ComplaintForm(), Map.of(), locale);
    }

    /**
     * The form's own language switch (its language list is buttons of the form): the form again in the chosen language
     * with the answers as typed, nothing filed, stored or logged ({@link IntakeForms#languageSwitchPage}).
     */
    @PostMapping("/complaints/new")
    String switchLanguage(@ModelAttribute("form") ComplaintForm form,
                          @RequestParam(name = "attachments", required = false) List<String> chosenFiles, Model model,
                          Locale locale, HttpServletResponse response) {
        return forms.languageSwitchPage(form, chosenFiles, model, locale, response);
    }

    @PostMapping("/complaints")
    String file(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
                @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
                Locale locale, HttpServletResponse response) {
        IntakeForms.noStore(response);
        Map<String, String> errors = forms.choiceErrors(binding, locale);
        if (!IntakeForms.unknownFields(binding).isEmpty()) {
            errors.put("send", forms.text("api.unknownField", locale));
        }
        return forms.fileOrShowAgain(form, errors,
                () -> form.toSubmission(IntakeChannel.WEB_FORM, Languages.of(locale).tag(), UploadedFiles.of(attachments)),
                model, locale, response);
    }

    /**
     * The receipt page's own language switch: the page is the answer to the filing, so a plain link would lose the code
     * (it is kept nowhere). The switch posts the code back and the same page is shown in the chosen language; nothing is
     * stored or filed again.
     */
    @PostMapping("/complaints/received")
    String receiptInAnotherLanguage(@RequestParam(name = "receiptCode", required = false) String code, Model model,
                                    Locale locale, HttpServletResponse response) {
        IntakeForms.noStore(response);
        Optional<ReceiptCode> receipt = ReceiptCode.parse(code);
        if (receipt.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("receiptCode", forms.text("receipt.invalid", locale)));
            return "intake/lookup";
        }
        model.addAttribute("receiptCode", receipt.get().formatted());
        return "intake/received";
    }
}
