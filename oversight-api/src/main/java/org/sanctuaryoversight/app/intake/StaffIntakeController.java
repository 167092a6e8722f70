package org.sanctuaryoversight.app.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Staff enter a complaint received by phone, mail, email or in person, through the same filing path as
 * the public form (one filing per form, like it); the intake channel is recorded, and the receipt code is shown
 * once so staff can pass it on to the resident.
 */
@Controller
@PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR', 'ADMIN')")
record StaffIntakeController(IntakeForms forms) {

    static final List<IntakeChannel> STAFF_CHANNELS = List.of(IntakeChannel.PHONE, IntakeChannel.MAIL,
            IntakeChannel.IN_PERSON, IntakeChannel.EMAIL);

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        List<String> allowed = new ArrayList<>(IntakeForms.FORM_FIELDS);
        allowed.add("channel");
        IntakeForms.onlyFromTheBody(binder);
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    @GetMapping("/staff/intake")
    String form(Model model, Locale locale, HttpServletResponse response) {
        IntakeForms.noStore(response);
        staffEntry(model);
        return forms.formPage(model, new ComplaintForm(), Map.of(), locale);
    }

    @PostMapping("/staff/intake")
    String file(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
                @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
                Locale locale, HttpServletResponse response) {
        IntakeForms.noStore(response);
        Map<String, String> errors = forms.choiceErrors(binding, locale);
        if (form.getChannel() == null || !STAFF_CHANNELS.contains(form.getChannel())) {
            errors.putIfAbsent("channel", forms.text("intake.staff.channel.required", locale));
        }
        staffEntry(model);
        return forms.fileOrShowAgain(form, errors,
                () -> form.toSubmission(form.getChannel(), locale.getLanguage(), UploadedFiles.of(attachments)),
                model, locale, response);
    }

    /**
     * The staff header's language switch on this form (a button of the form, not a link): the form again in English or
     * Spanish with what the staff member has typed, as the public form's language list does
     * ({@link IntakeForms#languageSwitchPage}); nothing is filed or stored.
     */
    @PostMapping("/staff/intake/language")
    String switchLanguage(@ModelAttribute("form") ComplaintForm form,
                          @RequestParam(name = "attachments", required = false) List<String> chosenFiles, Model model,
                          Locale locale, HttpServletResponse response) {
        staffEntry(model);
        return forms.languageSwitchPage(form, chosenFiles, model, locale, response);
    }

    /** What the staff entry adds to the form and receipt pages: the intake channel, and the staff header. */
    private static void staffEntry(Model model) {
        model.addAttribute("staffEntry", true);
        model.addAttribute("channels", STAFF_CHANNELS);
    }
}
